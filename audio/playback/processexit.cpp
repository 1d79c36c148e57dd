#include "audio/playback/processexit.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#if defined(__SANITIZE_ADDRESS__)
#define CALLQA_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CALLQA_LEAK_CHECK 1
#endif
#endif

#ifdef CALLQA_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

namespace callqa::audio {

void exitAfterAudio(int status)
{
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
#ifdef CALLQA_LEAK_CHECK
    // _Exit skips the exit-time leak check; this one reports (and fails) exactly as it would.
    __lsan_do_leak_check();
#endif
    std::_Exit(status);
}

} // namespace callqa::audio
