#pragma once

#include "codegen/EngineModel.h"

namespace kg::engine {

/// Edge rules of the local engine: decides from the two node kinds (refined by the connection
/// type and edge properties) what every edge means, stores it as a Link on the node that acts on
/// it, and reports every edge it cannot map, dangling edges included. Linear in the edges.
namespace EdgeWiring {

/// Maps every edge of the graph. Runs after namespaces are resolved and before names are
/// granted (it decides which workloads need a Service of their own).
void wire(EngineContext &ctx);
/// Records the drawn traffic flows between pods (for NetworkPolicies) and which pods are reached
/// from outside the cluster. Runs after wire().
void recordFlows(EngineContext &ctx);
/// Puts selection labels on workloads that one Service / load balancer / NetworkPolicy selects
/// together with others. Runs after names are granted.
void assignSelectionLabels(EngineContext &ctx);

} // namespace EdgeWiring
} // namespace kg::engine
