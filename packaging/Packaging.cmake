# Install rules and CPack settings for all platforms. The version and the application id
# come from the top-level project(); nothing here repeats them.
#
#   Linux:   cpack -G "DEB;RPM;TGZ" (./build.sh package), checked by linux/check-packages.sh
#   Windows: cpack -G "NSIS;ZIP"    (Qt deployed with windeployqt through Qt's deploy script;
#                                    cross-built with MinGW: windows/DeployMinGW.cmake)
#   macOS:   cpack -G DragNDrop     (ImageBridge.app, Qt deployed with macdeployqt)

set(IMAGEBRIDGE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(IMAGEBRIDGE_ICON_PNG_SIZES 16 24 32 48 64 128 256 512)

if(WIN32)
    set(IMAGEBRIDGE_ICO ${IMAGEBRIDGE_PACKAGING_DIR}/windows/imagebridge.ico)
    configure_file(${IMAGEBRIDGE_PACKAGING_DIR}/windows/imagebridge.rc.in
        ${CMAKE_BINARY_DIR}/imagebridge.rc @ONLY)
    target_sources(imagebridge PRIVATE ${CMAKE_BINARY_DIR}/imagebridge.rc)
    set_target_properties(imagebridge PROPERTIES WIN32_EXECUTABLE ON)
elseif(APPLE)
    set(IMAGEBRIDGE_ICNS ${IMAGEBRIDGE_PACKAGING_DIR}/macos/imagebridge.icns)
    set_source_files_properties(${IMAGEBRIDGE_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(imagebridge PRIVATE ${IMAGEBRIDGE_ICNS})
    set_target_properties(imagebridge PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME imagebridge
        MACOSX_BUNDLE_INFO_PLIST ${IMAGEBRIDGE_PACKAGING_DIR}/macos/Info.plist.in)
endif()

install(TARGETS imagebridge
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(WIN32 AND CMAKE_CROSSCOMPILING)
    include(${IMAGEBRIDGE_PACKAGING_DIR}/windows/DeployMinGW.cmake)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
        DESTINATION .)
elseif(WIN32 OR APPLE)
    # Bundles Qt's libraries and the plugins ImageBridge loads at run time (platform, image
    # formats incl. WebP and SVG, the SQLite driver, the TLS backend).
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET imagebridge OUTPUT_SCRIPT imagebridge_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET imagebridge FILENAME_VARIABLE imagebridge_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${imagebridge_deploy_script})
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
        DESTINATION $<IF:$<BOOL:${APPLE}>,imagebridge.app/Contents/Resources,.>)
else()
    string(TIMESTAMP IMAGEBRIDGE_BUILD_YEAR "%Y" UTC)
    configure_file(${IMAGEBRIDGE_PACKAGING_DIR}/linux/${IMAGEBRIDGE_APP_ID}.metainfo.xml.in
        ${CMAKE_BINARY_DIR}/packaging/${IMAGEBRIDGE_APP_ID}.metainfo.xml @ONLY)
    configure_file(${IMAGEBRIDGE_PACKAGING_DIR}/linux/imagebridge.1.in
        ${CMAKE_BINARY_DIR}/packaging/imagebridge.1 @ONLY)
    configure_file(${IMAGEBRIDGE_PACKAGING_DIR}/linux/changelog.Debian.in
        ${CMAKE_BINARY_DIR}/packaging/changelog.Debian @ONLY)

    # Debian wants man pages and changelogs compressed, reproducibly (-n: no timestamp).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(compressed "")
    foreach(file imagebridge.1 changelog.Debian)
        add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/${file}.gz
            COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${CMAKE_BINARY_DIR}/packaging/${file}
                    > ${CMAKE_BINARY_DIR}/packaging/${file}.gz
            DEPENDS ${CMAKE_BINARY_DIR}/packaging/${file}
            VERBATIM)
        list(APPEND compressed ${CMAKE_BINARY_DIR}/packaging/${file}.gz)
    endforeach()
    add_custom_target(imagebridge_packaging_files ALL DEPENDS ${compressed})

    install(FILES ${IMAGEBRIDGE_PACKAGING_DIR}/linux/${IMAGEBRIDGE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/${IMAGEBRIDGE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/imagebridge.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${IMAGEBRIDGE_APP_ID}.svg)
    foreach(size ${IMAGEBRIDGE_ICON_PNG_SIZES})
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${IMAGEBRIDGE_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${CMAKE_BINARY_DIR}/packaging/imagebridge.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${IMAGEBRIDGE_PACKAGING_DIR}/linux/copyright
                  ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
                  ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/imagebridge)
endif()

set(CPACK_PACKAGE_NAME imagebridge)
set(CPACK_PACKAGE_VENDOR "The ImageBridge developers")
set(CPACK_PACKAGE_CONTACT "The ImageBridge developers <imagebridge@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop studio and local OpenAI-compatible image server")
set(CPACK_PACKAGE_DESCRIPTION
"ImageBridge makes images from text with the 23 models of the free AI SDK Image
Generator service (Replicate, Google Vertex AI, OpenAI, Fireworks). The desktop
studio compares models side by side, shows every request live and keeps a
searchable gallery. Its local OpenAI-compatible server lets LobeChat, NextChat,
Cherry Studio and the openai SDKs generate images through it.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY ImageBridge)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_EXECUTABLES imagebridge ImageBridge)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME imagebridge-${PROJECT_VERSION}-windows-x64)
    set(CPACK_NSIS_DISPLAY_NAME ImageBridge)
    set(CPACK_NSIS_PACKAGE_NAME "ImageBridge ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${IMAGEBRIDGE_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${IMAGEBRIDGE_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\imagebridge.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # A 64-bit installer for a 64-bit program: installs under "Program Files" (not "x86")
    # and writes the 64-bit registry; and it runs where only 64-bit Windows code runs
    # (Windows on ARM's x64 emulation, Wine without 32-bit support).
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_NSIS_DEFINES "Target amd64-unicode
  !define MUI_STARTMENUPAGE_DEFAULTFOLDER ImageBridge")
    # One registry key for every version, so an upgrade finds and replaces the old one.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY ImageBridge)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME imagebridge-${PROJECT_VERSION}-macos)
    set(CPACK_DMG_VOLUME_NAME ImageBridge)
    set(CPACK_PACKAGE_ICON ${IMAGEBRIDGE_ICNS})
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_PACKAGE_FILE_NAME imagebridge-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
    # Libraries are found by dpkg-shlibdeps; Qt plugins are loaded at run time, so they are
    # named here: SVG icons, WebP, the SQLite driver and the desktop platform plugins.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6svg6, qt6-image-formats-plugins, libqt6sql6-sqlite, qt6-qpa-plugins")
    # Qt's own texts (standard buttons, file dialogs) in the user's language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
    set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtimageformats")
    set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qttranslations")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor /usr/share/doc)
    foreach(size scalable ${IMAGEBRIDGE_ICON_PNG_SIZES})
        if(size STREQUAL scalable)
            set(dir /usr/share/icons/hicolor/scalable)
        else()
            set(dir /usr/share/icons/hicolor/${size}x${size})
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
    endforeach()
endif()

include(CPack)
