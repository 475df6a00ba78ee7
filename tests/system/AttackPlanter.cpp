// The attacker of PrivilegeAttackTest: run as an unprivileged user (setpriv), it plants in its own state directory
// what could lead the elevated fix step or its watchdog astray, printing "name value" lines for the test.
//   attack_planter plant STATE PRELOAD SHADOW    a session, forged snapshots (recomputed hashes), open journal
//                                               entries naming them, links aimed at the stand-ins
//   attack_planter swap STATE ID PRELOAD         a snapshot under the id of a genuine one, and a `revert` file
// It uses the engine's own writers (a forger has the source too), so every hash it leaves is right.
#include "diagnostics/AtomicFile.h"
#include "diagnostics/SessionStore.h"
#include "diagnostics/fix/Journal.h"
#include "diagnostics/fix/Sha256.h"
#include "diagnostics/fix/SnapshotStore.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

using namespace wsafix;

namespace {

const std::string kLibrary = "/usr/lib/libwsafix-attack.so";

std::string forge(const std::string& state, const std::string& fixId, SnapshotPart part)
{
    Snapshot s;
    s.fixId = fixId;
    s.machine = "linux";
    s.parts.push_back(std::move(part));
    return SnapshotStore(state).save(s);
}

void openEntry(Journal& journal, const std::string& txn, const std::string& fixId, const std::string& snapshot)
{
    JournalRecord r;
    r.event = "begin";
    r.txn = txn;
    r.fixId = fixId;
    r.snapshotId = snapshot;
    r.machine = "linux";
    r.what = "apply";
    journal.append(r);
}

int plant(const std::string& state, const std::string& preload, const std::string& shadow)
{
    SessionRecord session = SessionRecord::start();
    SessionStore(state).save(session);
    std::cout << "session " << session.id << "\n";
    const std::string preloadFix = "remove-preload:" + kLibrary;
    // Root would write chosen bytes with a setuid, world-writable mode to the preload file...
    const auto mode = forge(
        state, preloadFix,
        SnapshotPart::raw("file:" + preload, "/tmp/evil.so\n", {{"path", preload}, {"exists", true}, {"mode", 04777}}));
    // ... or to another file altogether.
    const auto path = forge(
        state, preloadFix,
        SnapshotPart::raw("file:" + preload, "root::0:0:::::\n", {{"path", shadow}, {"exists", true}, {"mode", 0644}}));
    // Well-formed in every field: only where it lies (the user's folder) gives it away.
    const auto plain = forge(
        state, preloadFix,
        SnapshotPart::raw("file:" + preload, "/tmp/evil.so\n", {{"path", preload}, {"exists", true}, {"mode", 0644}}));
    const std::string unit = "wsafix-attack-none.service";
    const auto service = forge(state, "restart-service:" + unit,
                               SnapshotPart::json("service:" + unit, {{"unit", unit}, {"ActiveState", "active"}}));
    Journal journal(state + "/journal");
    openEntry(journal, "t-mode", preloadFix, mode);
    openEntry(journal, "t-path", preloadFix, path);
    openEntry(journal, "t-plain", preloadFix, plain);
    openEntry(journal, "t-service", "restart-service:" + unit, service);
    std::cout << "forged-mode " << mode << "\nforged-path " << path << "\nforged-plain " << plain << "\nforged-service "
              << service << "\n";
    // Links aimed at the stand-ins where root used to write: the guard folder, its log, a second journal.
    std::filesystem::create_symlink(std::filesystem::path(shadow).parent_path(), state + "/guard");
    std::filesystem::create_symlink(shadow, state + "/guard.log");
    std::cout << "hardlink " << (::link(shadow.c_str(), (state + "/shadow-link").c_str()) == 0 ? "made" : "refused")
              << "\n";
    return 0;
}

int swap(const std::string& state, const std::string& id, const std::string& preload)
{
    // A snapshot under the genuine one's id, hashes recomputed, and a request to restore it now.
    const std::string dir = state + "/snapshots/" + id;
    const std::string bytes = "/tmp/evil.so\n";
    writeFileAtomically(dir + "/part-01.bin", bytes);
    const nlohmann::json manifest{{"schema", 1},
                                  {"id", id},
                                  {"fixId", "remove-preload:" + kLibrary},
                                  {"machine", "linux"},
                                  {"created", "2026-01-01T00:00:00Z"},
                                  {"parts",
                                   {{{"name", "file:" + preload},
                                     {"kind", "bytes"},
                                     {"file", "part-01.bin"},
                                     {"size", bytes.size()},
                                     {"sha256", Sha256::hex(bytes)},
                                     {"meta", {{"path", preload}, {"exists", true}, {"mode", 0644}}}}}}};
    const std::string text = manifest.dump(2) + "\n";
    writeFileAtomically(dir + "/manifest.json", text);
    writeFileAtomically(dir + "/manifest.sha256", Sha256::hex(text) + "\n");
    std::filesystem::remove(state + "/guard"); // the link planted earlier: a folder of its own now
    writeFileAtomically(state + "/guard/" + id + "/revert", "now\n");
    std::cout << "swapped " << Sha256::hex(text) << "\n";
    return 0;
}

// Points the session at a file to be read as a scenario by root (a stand-in for /etc/shadow).
int scenario(const std::string& state, const std::string& id, const std::string& file)
{
    SessionStore store(state);
    SessionRecord session = store.load(id);
    session.scenario = file;
    store.save(session);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const std::string verb = argc > 1 ? argv[1] : "";
        if (verb == "plant" && argc == 5)
            return plant(argv[2], argv[3], argv[4]);
        if (verb == "swap" && argc == 5)
            return swap(argv[2], argv[3], argv[4]);
        if (verb == "scenario" && argc == 5)
            return scenario(argv[2], argv[3], argv[4]);
        std::cerr << "usage: attack_planter plant STATE PRELOAD SHADOW | swap STATE ID PRELOAD | scenario STATE "
                     "SESSION FILE\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "attack_planter: " << e.what() << "\n";
        return 1;
    }
}
