# IMAGEBRIDGE_SANITIZE: the whole build (product and tests) with AddressSanitizer and
# UndefinedBehaviorSanitizer; any report aborts the test that caused it.
# IMAGEBRIDGE_FUZZ: coverage instrumentation for libFuzzer plus the same sanitizers (clang).
if(IMAGEBRIDGE_SANITIZE OR IMAGEBRIDGE_FUZZ)
    if(MSVC)
        message(FATAL_ERROR "IMAGEBRIDGE_SANITIZE/IMAGEBRIDGE_FUZZ need GCC or Clang")
    endif()
    set(imagebridge_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_compile_options(${imagebridge_sanitizers})
    add_link_options(-fsanitize=address,undefined)
endif()
if(IMAGEBRIDGE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "IMAGEBRIDGE_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
