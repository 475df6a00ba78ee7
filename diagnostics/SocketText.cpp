#include "diagnostics/SocketText.h"

#include <algorithm>
#include <cctype>

namespace wsafix {

std::string asciiLower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string endpointText(const std::string& address, std::uint16_t port)
{
    return (address.find(':') != std::string::npos ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

bool isTargetSocket(const SocketEntry& socket, const Intake& intake)
{
    if (intake.pid)
        return socket.pid == intake.pid;
    return !intake.process.empty() && asciiLower(socket.processName) == asciiLower(intake.process);
}

} // namespace wsafix
