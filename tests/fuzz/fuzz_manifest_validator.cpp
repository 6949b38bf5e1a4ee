// Harness: the manifest validator, kg::ManifestValidator::validateData(QByteArray, fileName).
// Every finding is also formatted (toString), as the command line and the editor do.
#include "FuzzSupport.h"

#include "validate/ManifestValidator.h"

using namespace kg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString fileName = QStringLiteral("fuzz.yaml");
    const QList<ValidationIssue> issues = ManifestValidator::validateData(input, fileName);
    qsizetype length = 0;
    for (const ValidationIssue &issue : issues) {
        fuzz::check(!issue.message.isEmpty(), "validator-issue-message");
        length += issue.toString().size();
    }
    static_cast<void>(hasErrors(issues));
    static_cast<void>(length);
    return 0;
}
