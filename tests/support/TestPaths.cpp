// Linked into every test executable: QStandardPaths' test locations for the whole process,
// so nothing a test does can reach the user's real folders (on Windows, HOME and XDG_* do
// not move them). Child processes get an explicit settings file and data folder instead.
#include <QStandardPaths>
#include <QtGlobal>

namespace {
void enableTestPaths()
{
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestPaths)
