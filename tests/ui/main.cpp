#include "TestSupport.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // GUI tests run on the offscreen platform (set by prepareEnvironment) so no display is needed.
    return kg::test::runTests(argc, argv, [](int &c, char **v) {
        return std::make_unique<QApplication>(c, v);
    });
}
