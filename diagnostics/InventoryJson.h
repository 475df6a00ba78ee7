#pragma once
/// @file InventoryJson.h
/// @brief JSON form of the inventory, findings and session record (nlohmann-json ADL converters).
/// Readers are strict: a missing or mistyped field throws nlohmann::json::exception.

#include "diagnostics/Finding.h"
#include "diagnostics/Inventory.h"
#include "diagnostics/SessionRecord.h"

#include <nlohmann/json_fwd.hpp>

namespace wsafix {

void to_json(nlohmann::json& j, const CatalogEntry& v);
void from_json(const nlohmann::json& j, CatalogEntry& v);
void to_json(nlohmann::json& j, const NamespaceProvider& v);
void from_json(const nlohmann::json& j, NamespaceProvider& v);
void to_json(nlohmann::json& j, const SocketEntry& v);
void from_json(const nlohmann::json& j, SocketEntry& v);
void to_json(nlohmann::json& j, const ProcessInfo& v);
void from_json(const nlohmann::json& j, ProcessInfo& v);
void to_json(nlohmann::json& j, const IpAddress& v);
void from_json(const nlohmann::json& j, IpAddress& v);
void to_json(nlohmann::json& j, const Adapter& v);
void from_json(const nlohmann::json& j, Adapter& v);
void to_json(nlohmann::json& j, const EventEntry& v);
void from_json(const nlohmann::json& j, EventEntry& v);
void to_json(nlohmann::json& j, const ProbeStatus& v);
void from_json(const nlohmann::json& j, ProbeStatus& v);
void to_json(nlohmann::json& j, const SystemInfo& v);
void from_json(const nlohmann::json& j, SystemInfo& v);
void to_json(nlohmann::json& j, const Inventory& v);
void from_json(const nlohmann::json& j, Inventory& v);
void to_json(nlohmann::json& j, const TcpProbeResult& v);
void from_json(const nlohmann::json& j, TcpProbeResult& v);
void to_json(nlohmann::json& j, const ConnectivityCheck& v);
void from_json(const nlohmann::json& j, ConnectivityCheck& v);
void to_json(nlohmann::json& j, const Finding& v);
void from_json(const nlohmann::json& j, Finding& v);
void to_json(nlohmann::json& j, const Intake& v);
void from_json(const nlohmann::json& j, Intake& v);
void to_json(nlohmann::json& j, const Action& v);
void from_json(const nlohmann::json& j, Action& v);
void to_json(nlohmann::json& j, const VerifyAttempt& v);
void from_json(const nlohmann::json& j, VerifyAttempt& v);
void to_json(nlohmann::json& j, const Verification& v);
void from_json(const nlohmann::json& j, Verification& v);
void to_json(nlohmann::json& j, const NameResolution& v);
void from_json(const nlohmann::json& j, NameResolution& v);
void to_json(nlohmann::json& j, const NextStep& v);
void from_json(const nlohmann::json& j, NextStep& v);
void to_json(nlohmann::json& j, const AdapterChange& v);
void from_json(const nlohmann::json& j, AdapterChange& v);
void to_json(nlohmann::json& j, const FindingComparison& v);
void from_json(const nlohmann::json& j, FindingComparison& v);
void to_json(nlohmann::json& j, const BaselineComparison& v);
void from_json(const nlohmann::json& j, BaselineComparison& v);
void to_json(nlohmann::json& j, const TimelineEntry& v);
void from_json(const nlohmann::json& j, TimelineEntry& v);
void to_json(nlohmann::json& j, const SessionRecord& v);
void from_json(const nlohmann::json& j, SessionRecord& v);

/// The `wsafix detect --json` document: schema, system, catalog, sockets, adapters, events, connectivity, findings.
nlohmann::json detectDocument(const SystemInfo& system, const Inventory& inventory,
                              const std::vector<Finding>& findings);

/// The `wsafix verify --json` document: schema "wsafix.verify/1", session (id, or null when none was saved), system,
/// and verification (the same object as the session record's `verification`).
nlohmann::json verifyDocument(const SystemInfo& system, const std::string& sessionId, const Verification& verification);

} // namespace wsafix
