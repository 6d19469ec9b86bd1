// Built by MinGW only (src/core/CMakeLists.txt), and linked into every program that links
// imagebridge_core, before main() runs, so that tests under QTEST_MAIN get it too.
//
// Qt keeps each thread's PCRE2 JIT stack in a thread_local std::unique_ptr, which a thread
// starts using with its first JIT-compiled QRegularExpression match. GCC for MinGW emulates
// thread_local (emutls) and may free a thread's copies before their destructors run
// (msys2/MINGW-packages#2519): the thread then frees garbage as it ends. Under Wine that
// crashed or hung one test process in three to four, each time as a pool thread ended.
// Without the JIT, Qt never touches that thread_local. Our patterns are a handful of short
// ones (sizes, file names, Automatic1111 text); the interpreter is as good for them.

#include <QByteArray>
#include <QtGlobal>

// Named on the linker's command line (--undefined), which pulls this file out of the
// static library.
extern "C" void imagebridgeMingwRegexJit() {}

namespace {
void turnRegexJitOff()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(turnRegexJitOff)
