# Warnings are set per target so that Qt's generated sources and third-party code are not
# affected; IMAGEBRIDGE_WERROR (on in CI) turns them into errors.
function(imagebridge_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(IMAGEBRIDGE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
            -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            # Qt's qCDebug(category) passes no variadic argument: fine for every compiler
            # and standard C++20, but clang's -Wpedantic flags it in C++17.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(IMAGEBRIDGE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
