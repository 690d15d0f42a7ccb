# Project-wide compiler flags: warnings for our targets, optional -Werror and sanitizers.
function(ocopos_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(OCOPOS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
endfunction()

if(OCOPOS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer (clang only; the `fuzz` preset, scripts/fuzz): every object gets the
# coverage instrumentation, the fuzz targets link the fuzzer's main (tests/fuzz).
if(OCOPOS_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
