#include "bench/audio/callgenerator.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace callqa::audio::bench {

namespace {

bool run(const std::string& command)
{
    std::cerr << "+ " << command << "\n";
    return std::system(command.c_str()) == 0;
}

std::string quoted(const std::string& path)
{
    return "'" + path + "'";
}

const char* const kAgent =
    "Thank you for calling customer support, my name is Alex. Can I have your account number "
    "please? I can see the order here. It left our warehouse on Monday and should arrive by "
    "Thursday. Is there anything else I can help you with today?";
const char* const kCustomer =
    "Hi, yes, I ordered a replacement part two weeks ago and it still has not arrived. The "
    "number is four five seven, nine nine two. Thursday is fine, thanks. No, that is all.";

} // namespace

std::vector<std::string> generateCall(const std::string& dir, int minutes)
{
    namespace fs = std::filesystem;
    const auto path = [&](const char* name) { return (fs::path(dir) / name).string(); };
    const std::vector<std::string> outputs = {path("call.mp3"), path("call.opus"),
                                              path("call-ulaw.wav")};
    bool present = true;
    for (const std::string& out : outputs)
        present = present && fs::exists(out);
    if (present)
        return outputs;

    const std::string seconds = std::to_string(minutes * 60);
    const bool ok =
        run("espeak-ng -v en-us -s 165 -w " + quoted(path("agent.wav")) + " \"" + kAgent + "\"") &&
        run("espeak-ng -v en-gb -s 150 -p 30 -w " + quoted(path("customer.wav")) + " \"" +
            kCustomer + "\"") &&
        // one exchange: agent on the left, then the customer on the right after a short gap,
        // with a little line noise on both sides
        run("sox " + quoted(path("agent.wav")) + " -r 8000 -c 1 " + quoted(path("a8.wav"))) &&
        run("sox " + quoted(path("customer.wav")) + " -r 8000 -c 1 " + quoted(path("c8.wav"))) &&
        run("sox " + quoted(path("a8.wav")) + " " + quoted(path("left.wav")) + " pad 0 $(soxi -D " +
            quoted(path("c8.wav")) + ") pad 0 0.8") &&
        run("sox " + quoted(path("c8.wav")) + " " + quoted(path("right.wav")) + " pad $(soxi -D " +
            quoted(path("a8.wav")) + ") 0 pad 0.4 0.4") &&
        run("sox -M " + quoted(path("left.wav")) + " " + quoted(path("right.wav")) + " " +
            quoted(path("turn.wav"))) &&
        run("ffmpeg -nostdin -v error -y -stream_loop -1 -i " + quoted(path("turn.wav")) +
            " -f lavfi -i anoisesrc=color=pink:amplitude=0.003:sample_rate=8000 -filter_complex "
            "\"[1]aformat=channel_layouts=stereo[n];[0][n]amix=inputs=2:duration=first:"
            "normalize=0\" -t " +
            seconds + " -ar 8000 -ac 2 -c:a pcm_s16le " + quoted(path("call.wav"))) &&
        run("ffmpeg -nostdin -v error -y -i " + quoted(path("call.wav")) +
            " -c:a libmp3lame -b:a 32k " + quoted(outputs[0])) &&
        run("ffmpeg -nostdin -v error -y -i " + quoted(path("call.wav")) +
            " -c:a libopus -b:a 24k " + quoted(outputs[1])) &&
        run("ffmpeg -nostdin -v error -y -i " + quoted(path("call.wav")) + " -c:a pcm_mulaw " +
            quoted(outputs[2]));
    for (const char* scratch : {"agent.wav", "customer.wav", "a8.wav", "c8.wav", "left.wav",
                                "right.wav", "turn.wav", "call.wav"}) {
        std::error_code ignored;
        fs::remove(path(scratch), ignored);
    }
    return ok ? outputs : std::vector<std::string>{};
}

} // namespace callqa::audio::bench
