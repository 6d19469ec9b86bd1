# Windows deployment for MinGW cross-builds (./build.sh windows): windeployqt is a Windows
# program, so the Qt libraries and plugins ImageBridge loads are named here instead, with
# the MinGW runtime. Everything goes next to imagebridge.exe, where Qt looks for plugins
# (<exe dir>/platforms, /imageformats, ...). packaging/windows/windows-check.sh proves that
# every DLL the installed files import is either here or part of Windows.

set(qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
set(qt_plugins "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")

# (QtConcurrent is templates only here: nothing imports its DLL.)
set(imagebridge_qt_modules Core Gui Widgets Network Sql Svg)
foreach(module ${imagebridge_qt_modules})
    install(FILES "${qt_bin}/Qt6${module}.dll" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# Plugin folder -> plugins ImageBridge needs: the Windows platform and its native style,
# image formats (JPEG, WebP, SVG, GIF, ICO; PNG is built in), SVG icons, the SQLite driver
# of the gallery, and Windows' own TLS (Schannel) for the https upstream.
# Qt 6.7 merged the Vista style into qmodernwindowsstyle (with the Windows 11 style).
if(EXISTS "${qt_plugins}/styles/qmodernwindowsstyle.dll")
    set(imagebridge_style_plugin qmodernwindowsstyle)
else()
    set(imagebridge_style_plugin qwindowsvistastyle)
endif()
set(imagebridge_qt_plugins
    "platforms:qwindows"
    "styles:${imagebridge_style_plugin}"
    "imageformats:qjpeg;qwebp;qsvg;qgif;qico"
    "iconengines:qsvgicon"
    "sqldrivers:qsqlite"
    "tls:qschannelbackend")
foreach(entry ${imagebridge_qt_plugins})
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 folder)
    list(REMOVE_AT parts 0)
    foreach(plugin ${parts})
        install(FILES "${qt_plugins}/${folder}/${plugin}.dll"
            DESTINATION ${CMAKE_INSTALL_BINDIR}/${folder})
    endforeach()
endforeach()

# QtKeychain (Windows Credential Manager), cross-built with the Qt by build-qt.sh.
install(FILES "$<TARGET_FILE:qt6keychain>" DESTINATION ${CMAKE_INSTALL_BINDIR})

# The GCC runtime of the posix-threads MinGW toolchain.
foreach(dll libgcc_s_seh-1.dll libstdc++-6.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
        OUTPUT_VARIABLE dll_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${dll_path}" OR NOT EXISTS "${dll_path}")
        message(FATAL_ERROR "The MinGW runtime ${dll} was not found (${CMAKE_CXX_COMPILER})")
    endif()
    install(FILES "${dll_path}" DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
