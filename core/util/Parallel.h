#pragma once

#include <algorithm>
#include <functional>
#include <thread>

namespace kg {

/// How many threads a reader should split @p items of work across: two cores at most (the
/// machines the product targets), one when there is too little work to pay for a thread.
inline int readerThreads(size_t items, size_t worthFrom)
{
    return items >= worthFrom ? std::clamp(int(std::thread::hardware_concurrency()), 1, 2) : 1;
}

/// Runs @p work(worker) for worker 0 … threads-1, worker 0 on the calling thread, and returns
/// when all are done. The work must not throw.
inline void runOnThreads(int threads, const std::function<void(int worker)> &work)
{
    if (threads <= 1) {
        work(0);
        return;
    }
    std::thread helper(work, 1);
    work(0);
    helper.join();
}

} // namespace kg
