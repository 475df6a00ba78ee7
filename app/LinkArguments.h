#pragma once
// Where a support link sits on wsafix's command line, and the rule that it stands alone.
//
// A URL handler puts the link, which anyone can write, into a command line of ours (`wsafix --link "%1"` on
// Windows, `wsafix --link %u` on Linux). A link that breaks the handler's quoting (an ASCII quote, or a look-alike
// that a best-fit code page turns into one) becomes several arguments; so when a link is given, every other
// argument is refused, and nothing a link carries can choose a state directory, a machine or a session.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace wsafix {

/// True when `arg` carries a support link: "wsafix:" anywhere in it, in any case (also behind quote characters,
/// typographic or full-width look-alikes, or spaces).
bool carriesLink(const std::string& arg);

/// True when the first argument is a link for the wizard: it carries one, or it is any other URL ("://"), which
/// the link grammar then refuses with its reason.
bool looksLikeFirstLink(const std::string& arg);

/// The index of the first argument that gives a support link (`--link`, `--link=URL`, a first argument that looks
/// like a link, a later one that carries one), or nullopt. The URL of `wsafix link check URL` is exempt: it is only
/// checked, never opened.
std::optional<std::size_t> linkPosition(const std::vector<std::string>& args);

struct LinkAlone
{
    std::string link;  ///< the support link, raw (the link grammar validates it)
    std::string error; ///< set when something else was given, or the link is missing or empty
};

/// The link given at `args[position]` (`--link URL`, `--link=URL` or the bare link), refused with the other
/// arguments named when there are any.
LinkAlone takeLinkAlone(const std::vector<std::string>& args, std::size_t position);

} // namespace wsafix
