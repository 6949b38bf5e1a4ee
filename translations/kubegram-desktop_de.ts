<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Command</name>
    <message>
        <source>Usage: %1 [options] [file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       %1 &lt;command&gt; [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Kubernetes systems as graphs and generate their manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, the main window opens (with the given file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this UI language for this run (e.g. de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the default window layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::AddElementsCommand</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::ArtifactExporter</name>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the reserved character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains &apos;:&apos; (a drive letter or stream name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network (UNC) path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a &apos;%1&apos; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name ending in a dot or a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export target exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty; choose to overwrite or pick another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path escapes the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write (%1); nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the folder (is it in use or read-only?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the exported files into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write through a symbolic link in the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder is in the way of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot move the file into place; %n file(s) were already written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::ChangeEdgeCommand</name>
    <message>
        <source>Change Connection Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ChangeGraphInfoCommand</name>
    <message>
        <source>Change Graph Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ChangeNodePropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::GraphDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::MoveNodesCommand</name>
    <message>
        <source>Move Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::NodeKindCatalog</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace; empty = the containing namespace frame, else &apos;default&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra labels added to every object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image with a tag, e.g. ghcr.io/acme/api:1.4.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP path for readiness and liveness probes, e.g. /healthz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty = the cluster&apos;s default storage class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (not deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component runs outside the cluster; only a Service pointing at it is generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name of the external component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag; empty = the engine&apos;s pinned default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application service: a Deployment and a ClusterIP Service for its ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless pods with rolling updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods with stable identity and their own volumes, behind a headless Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty = no volume claim template, e.g. 10Gi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pod on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods that run to completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CronJob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Job on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression: minute hour day month weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single pod; prefer a Deployment for anything long-lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReplicaSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Deployments; not generated on its own (use a Deployment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stable address for the workloads it is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = the first port of the connected workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names, e.g. shop.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty = &lt;name&gt;-tls when TLS is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP routing from outside the cluster to Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API entry point; generated as an Ingress with its routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Service of type LoadBalancer in front of its backends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = the first port of the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External traffic policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An nginx, Envoy or HAProxy deployment whose upstreams are its connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port entries besides the connected nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricts traffic to the workloads it is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow same namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Kubernetes; not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration data for workloads (environment or files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for workloads; generated with placeholder values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key names; values are placeholders to replace at deploy time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage requested by workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How volumes are provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclaim policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of pre-provisioned storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a pod spec; use a Volume Claim instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL, MySQL, MariaDB or MongoDB as a StatefulSet, or an external database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = the engine&apos;s standard port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis or Memcached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data on a volume (StatefulSet + claim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RabbitMQ, Kafka or NATS as a StatefulSet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics / queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity for pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&quot; is the core group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions inside one namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions across the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants a Role to the service accounts it is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster Role Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants a Cluster Role to the service accounts it is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod Security Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in Kubernetes 1.25; use Pod Security Admission labels on the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the connected workload on CPU or memory use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = do not scale on CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target memory %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = do not scale on memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruption Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps enough pods of the connected workload running during maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used instead of min available when set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical Autoscaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the VPA add-on; not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps what a namespace may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default requests and limits for containers in a namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling priority for pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace; nodes placed inside its frame belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod security level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod Security Admission level enforced in the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Prometheus that scrapes the nodes it is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine of the cluster; registered by the kubelet, not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom resource definitions are not generated by the local engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something outside the cluster, reached by DNS name (a Service of type ExternalName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the canvas; not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run by hand; not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debugging aid; not generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ingress rule backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backend of the load balancer or proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Service selects the workload&apos;s pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scrape target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envFrom, or a volume when the edge has a mount path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume and volume mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceAccountName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables with the target&apos;s host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envFrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scaled or protected workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roleRef or a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storageClassName or volumeName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pods the policy selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace the policy applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config &amp; Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp; Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External &amp; Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of text values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold numbers between %2 and %3 (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must map names to text values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::RemoveElementsCommand</name>
    <message>
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::RenameNodeCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ReparentNodesCommand</name>
    <message>
        <source>Move Out of Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::SetNodeGeometryCommand</name>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::io::JsonSupport</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (the limit is %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::io::KGraphFormat</name>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number within ±1e9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubegram graph: the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kubegram graph: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Kubegram Desktop (format version %1); this version reads up to version %2. Please update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;edges&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge id &quot;%1&quot; is empty or not unique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Draw Kubernetes and infrastructure systems as graphs, generate their manifests locally or on a Kubegram server, review and export them.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4) and KSyntaxHighlighting %5.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Credits: the Qt Project; KDE&apos;s KSyntaxHighlighting and its syntax definition authors; yaml-cpp; QtKeychain; dtl; QuaZip.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kubegram Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegram graphs (*.kgraph);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubegram graphs (*.kgraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph was not saved; the file on disk is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One multi-document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kustomize base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate NetworkPolicies for the drawn flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies fully after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
