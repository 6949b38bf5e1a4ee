#include "TestSupport.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // kg::core must work without a GUI: its tests run on a plain QCoreApplication.
    return kg::test::runTests(argc, argv, [](int &c, char **v) {
        return std::make_unique<QCoreApplication>(c, v);
    });
}
