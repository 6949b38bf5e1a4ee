#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace kg {

/// Where a problem is: a file, a position in it and/or a JSON pointer, and the graph element
/// concerned. Every field is optional.
struct Location
{
    Location() = default;
    Location(QString fileName)
        : file(std::move(fileName))
    {}

    QString file;
    int line = 0;   ///< 1-based; 0 = unknown
    int column = 0; ///< 1-based; 0 = unknown
    QString pointer; ///< JSON pointer such as /nodes/3/name
    QString nodeId;  ///< graph element concerned

    /// "file:line:column" (parts omitted when unknown), followed by the pointer and node id.
    QString toString() const;
    bool isEmpty() const;
};

/// An error at a boundary (reader, engine, network, disk): what went wrong and where.
struct Error
{
    QString message;
    Location location;

    Error() = default;
    explicit Error(QString msg, Location loc = {})
        : message(std::move(msg))
        , location(std::move(loc))
    {}
    /// "location: message", or just the message when the location is unknown.
    QString toString() const;
};

/// A value or an Error. Errors are values at boundaries; no exceptions cross them.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A Result for operations with no value.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace kg
