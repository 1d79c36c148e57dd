#pragma once
// How a process that has used audio output ends.
//
// Qt 6.4's PulseAudio backend keeps its PulseAudio contexts in globals and disconnects them at
// static destruction without holding their mainloop's lock (QTBUG-125213, fixed in later Qt),
// while each mainloop thread may still be dispatching what the server sends: the replies and
// device events that follow every stream teardown, later on a loaded machine. libpulse then
// aborts ("Assertion 'pa_atomic_load(&(pd)->_ref) >= 1' failed ... pa_pdispatch_run()") or
// crashes after main() has returned. Nothing a caller destroys earlier, or on another thread,
// avoids it: the globals live until exit. So such a process ends here instead of returning from
// main(): with its own objects (the QCoreApplication too) already destroyed, it flushes its
// output, runs the leak check of a sanitized build, and exits without static destructors; the
// kernel closes the sound server connection.

namespace callqa::audio {

[[noreturn]] void exitAfterAudio(int status);

} // namespace callqa::audio
