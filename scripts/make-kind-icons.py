#!/usr/bin/env python3
"""Generates resources/icons/kinds/<iconId>.svg: the node-kind artwork of Kubegram Desktop.

One visual language on a 48x48 grid: Kubernetes objects are heptagons, data services are
circles, external things and notes are rounded squares. The fill names the category (the
same colours as ui/canvas/CanvasTheme.cpp), a white glyph of 3-unit strokes names the kind,
and a darker rim keeps the shape visible on light backgrounds. Cluster-scoped kinds carry a
small ring in the top-right corner. Re-run after editing: python3 scripts/make-kind-icons.py
"""
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'resources', 'icons', 'kinds')

CATEGORY = {
    'workloads': '#326ce5',
    'networking': '#0b948a',
    'config': '#3d8b3d',
    'data': '#e06c2b',
    'access': '#7a4fd6',
    'policy': '#c23f8a',
    'cluster': '#34599e',
    'external': '#6b7280',
}

RING = '<circle cx="38" cy="11" r="4.5" fill="{fill}" stroke="#fff" stroke-width="2"/>'

# kind id (lower case) -> (category, shape, glyph, cluster-scoped)
K, C, S = 'heptagon', 'circle', 'square'
KINDS = {
    'microservice': ('workloads', K, '''
<path d="M24 15 15 31h18z"/>
<circle cx="24" cy="15" r="3.6" fill="#fff"/><circle cx="15" cy="31" r="3.6" fill="#fff"/>
<circle cx="33" cy="31" r="3.6" fill="#fff"/>''', False),
    'deployment': ('workloads', K, '''
<path d="M33.5 19.5A10.5 10.5 0 1 0 34.5 26"/><path d="M34.5 12.5v7h-7"/>''', False),
    'statefulset': ('workloads', K, '''
<rect x="14" y="13" width="20" height="6" rx="2"/><rect x="14" y="21" width="20" height="6" rx="2"/>
<rect x="14" y="29" width="20" height="6" rx="2"/>''', False),
    'daemonset': ('workloads', K, '''
<rect x="14" y="14" width="8" height="8" rx="1.5"/><rect x="26" y="14" width="8" height="8" rx="1.5"/>
<rect x="14" y="26" width="8" height="8" rx="1.5"/><rect x="26" y="26" width="8" height="8" rx="1.5" fill="#fff"/>''', False),
    'job': ('workloads', K, '''<path d="M15 25l6.5 6.5L34 17" stroke-width="3.6"/>''', False),
    'cronjob': ('workloads', K, '''<circle cx="24" cy="25" r="10.5"/><path d="M24 19v6.5l4.5 3"/>''', False),
    'pod': ('workloads', K, '''
<path d="M24 13l10 5.5v11L24 35l-10-5.5v-11z"/><path d="M14 18.5l10 5.5 10-5.5M24 24v11"/>''', False),
    'replicaset': ('workloads', K, '''
<rect x="20.5" y="13" width="14" height="14" rx="2.5"/>
<rect x="13.5" y="21" width="14" height="14" rx="2.5" fill="{fill}"/>''', False),
    'service': ('networking', K, '''
<path d="M17 24h4l10-9M21 24h12M21 24l10 9"/>
<circle cx="15" cy="24" r="3.6" fill="#fff"/><circle cx="33" cy="14.5" r="2.8" fill="#fff"/>
<circle cx="35" cy="24" r="2.8" fill="#fff"/><circle cx="33" cy="33.5" r="2.8" fill="#fff"/>''', False),
    'ingress': ('networking', K, '''
<path d="M11.5 24H27M21.5 18l6 6-6 6"/><path d="M31 14h5v20h-5"/>''', False),
    'gateway': ('networking', K, '''
<path d="M15 35V23a9 9 0 0 1 18 0v12"/><path d="M12 35h24"/><path d="M24 27v8"/>''', False),
    'load_balancer': ('networking', K, '''
<path d="M24 16v6M24 22l-9 10M24 22v10M24 22l9 10"/>
<circle cx="24" cy="14" r="3.6" fill="#fff"/><circle cx="14.5" cy="33.5" r="2.6" fill="#fff"/>
<circle cx="24" cy="33.5" r="2.6" fill="#fff"/><circle cx="33.5" cy="33.5" r="2.6" fill="#fff"/>''', False),
    'proxy': ('networking', K, '''
<path d="M13 19h20M28 14l5 5-5 5"/><path d="M35 29H15M20 24l-5 5 5 5"/>''', False),
    'networkpolicy': ('networking', K, '''
<rect x="13" y="14" width="22" height="20" rx="2"/>
<path d="M13 20.7h22M13 27.3h22M21 14v6.7M28 20.7v6.6M20 27.3V34"/>''', False),
    'endpoint': ('networking', K, '''<circle cx="24" cy="24" r="9.5"/><circle cx="24" cy="24" r="3.4" fill="#fff"/>''', False),
    'configmap': ('config', K, '''
<path d="M13.5 17h21M13.5 24h21M13.5 31h21"/>
<circle cx="19" cy="17" r="3.2" fill="{fill}"/><circle cx="29" cy="24" r="3.2" fill="{fill}"/>
<circle cx="22" cy="31" r="3.2" fill="{fill}"/>''', False),
    'secret': ('config', K, '''
<rect x="15" y="22" width="18" height="13" rx="2.5"/><path d="M19 22v-3.5a5 5 0 0 1 10 0V22"/>
<path d="M24 27v3" stroke-width="3.2"/>''', False),
    'persistentvolumeclaim': ('config', K, '''
<rect x="13" y="17" width="22" height="14" rx="3"/><path d="M17.5 24h7"/>
<circle cx="30" cy="24" r="2" fill="#fff" stroke="none"/>''', False),
    'storageclass': ('config', K, '''
<path d="M24 13l11 6-11 6-11-6z"/><path d="M13 24.5l11 6 11-6M13 30l11 6 11-6"/>''', True),
    'persistentvolume': ('config', K, '''
<rect x="13" y="13" width="22" height="9" rx="2"/><rect x="13" y="26" width="22" height="9" rx="2"/>
<circle cx="29.5" cy="17.5" r="1.8" fill="#fff" stroke="none"/>
<circle cx="29.5" cy="30.5" r="1.8" fill="#fff" stroke="none"/>''', True),
    'volume': ('config', K, '''
<path d="M13 17.5v14a2.5 2.5 0 0 0 2.5 2.5h17a2.5 2.5 0 0 0 2.5-2.5V21a2.5 2.5 0 0 0-2.5-2.5h-8l-3-3.5h-6a2.5 2.5 0 0 0-2.5 2.5z"/>''', False),
    'database': ('data', C, '''
<ellipse cx="24" cy="15.5" rx="10" ry="4"/>
<path d="M14 15.5v17c0 2.2 4.5 4 10 4s10-1.8 10-4v-17"/><path d="M14 24c0 2.2 4.5 4 10 4s10-1.8 10-4"/>''', False),
    'cache': ('data', C, '''
<path d="M26.5 10.5 15 27h8.5l-2 10.5L33 21h-8.5z" fill="#fff" stroke-width="2"/>''', False),
    'message_queue': ('data', C, '''
<rect x="11.5" y="18.5" width="6" height="11" rx="1.5" fill="#fff" stroke="none"/>
<rect x="20" y="18.5" width="6" height="11" rx="1.5" fill="#fff" stroke="none"/>
<rect x="28.5" y="18.5" width="6" height="11" rx="1.5"/>
<path d="M36.5 20l3 4-3 4" stroke-width="2.6"/>''', False),
    'serviceaccount': ('access', K, '''<circle cx="24" cy="18.5" r="5.2"/><path d="M14 35a10 10 0 0 1 20 0"/>''', False),
    'role': ('access', K, '''
<rect x="12" y="15" width="24" height="18" rx="3"/><circle cx="19" cy="22.5" r="2.8"/>
<path d="M15.5 29.5a4 4 0 0 1 7 0M26 21h6.5M26 27h4.5"/>''', False),
    'clusterrole': ('access', K, '''
<rect x="12" y="15" width="24" height="18" rx="3"/><circle cx="19" cy="22.5" r="2.8"/>
<path d="M15.5 29.5a4 4 0 0 1 7 0M26 21h6.5M26 27h4.5"/>''', True),
    'rolebinding': ('access', K, '''
<path d="M21 27l6-6"/><path d="M19.5 21.5l-3 3a4.3 4.3 0 0 0 6 6l3-3"/>
<path d="M28.5 26.5l3-3a4.3 4.3 0 0 0-6-6l-3 3"/>''', False),
    'clusterrolebinding': ('access', K, '''
<path d="M21 27l6-6"/><path d="M19.5 21.5l-3 3a4.3 4.3 0 0 0 6 6l3-3"/>
<path d="M28.5 26.5l3-3a4.3 4.3 0 0 0-6-6l-3 3"/>''', True),
    'podsecuritypolicy': ('access', K, '''
<path d="M24 12l10 4v7c0 6.5-4.3 11.2-10 13-5.7-1.8-10-6.5-10-13v-7z"/>
<path d="M19.5 24l3.3 3.3 6-6.3"/>''', True),
    'horizontalpodautoscaler': ('policy', K, '''
<rect x="19" y="18" width="10" height="12" rx="2"/>
<path d="M11 24h5M14 21l-3 3 3 3M32 24h5M34 21l3 3-3 3"/>''', False),
    'poddisruptionbudget': ('policy', K, '''
<path d="M13 31a11 11 0 0 1 22 0"/><path d="M24 31l5.5-7"/><circle cx="24" cy="31" r="2.4" fill="#fff"/>''', False),
    'verticalpodautoscaler': ('policy', K, '''
<rect x="18" y="19" width="12" height="10" rx="2"/>
<path d="M24 11v5M21 14l3-3 3 3M24 32v5M21 34l3 3 3-3"/>''', False),
    'resourcequota': ('policy', K, '''
<circle cx="24" cy="24" r="10.5"/><path d="M24 24V13.5a10.5 10.5 0 0 1 10.5 10.5z" fill="#fff"/>''', False),
    'limitrange': ('policy', K, '''<path d="M13 24h22M13 18v12M35 18v12"/><path d="M20 21v6M28 21v6" stroke-width="2.4"/>''', False),
    'priorityclass': ('policy', K, '''<path d="M15 23l9-8 9 8M15 32l9-8 9 8"/>''', True),
    'namespace': ('cluster', K, '''<rect x="12.5" y="14.5" width="23" height="19" rx="3" stroke-dasharray="4.2 2.8"/>''', False),
    'monitoring': ('cluster', K, '''<path d="M11 25h6l3-8 5 15 4-11 2 4h6"/>''', False),
    'node': ('cluster', K, '''
<rect x="16" y="16" width="16" height="16" rx="2.5"/>
<path d="M20.5 12v4M27.5 12v4M20.5 32v4M27.5 32v4M12 20.5h4M12 27.5h4M32 20.5h4M32 27.5h4" stroke-width="2.4"/>''', True),
    'customresourcedefinition': ('cluster', K, '''
<path d="M20 13c-3 0-4 1.5-4 4v3c0 2-1 4-3 4 2 0 3 2 3 4v3c0 2.5 1 4 4 4"/>
<path d="M28 13c3 0 4 1.5 4 4v3c0 2 1 4 3 4-2 0-3 2-3 4v3c0 2.5-1 4-4 4"/>''', True),
    'external_dependency': ('external', S, '''
<path d="M17 33h15a6 6 0 0 0 .6-12 8.2 8.2 0 0 0-15.6-1.6A6.8 6.8 0 0 0 17 33z"/>''', False),
    'config': ('external', S, '''
<path d="M15 12h12.5l6 6v18H15z"/><path d="M27.5 12v6h6M19 25h10M19 30h7"/>''', False),
    'command': ('external', S, '''<path d="M14 17l7 7-7 7M24 32h10"/>''', False),
    'debugging': ('external', S, '''
<ellipse cx="24" cy="27" rx="7" ry="8.5"/><path d="M20 18.5a4 4 0 0 1 8 0"/>
<path d="M17 23l-4-2M17 28h-4M17 33l-4 2M31 23l4-2M31 28h4M31 33l4 2M24 19v16" stroke-width="2.4"/>''', False),
    'generic': ('external', S, '''
<path d="M19.5 19a4.5 4.5 0 1 1 6.7 3.9c-1.4.8-2.2 1.8-2.2 3.3v1"/>
<circle cx="24" cy="32" r="2" fill="#fff" stroke="none"/>''', False),
}

# Data services get their own warm colours inside the family.
OVERRIDE = {'cache': '#d9443f', 'message_queue': '#c98512', 'external_dependency': '#5b6b86'}


def darker(hex_colour, factor=0.72):
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return '#%02x%02x%02x' % (int(r * factor), int(g * factor), int(b * factor))


def heptagon(radius=21.5, cx=24.0, cy=24.6):
    points = []
    for i in range(7):
        a = math.radians(-90 + i * 360 / 7)
        points.append('%.2f,%.2f' % (cx + radius * math.cos(a), cy + radius * math.sin(a)))
    return ' '.join(points)


def shape_svg(shape, fill, rim):
    if shape == K:
        return ('<polygon points="%s" fill="%s" stroke="%s" stroke-width="1.5" '
                'stroke-linejoin="round"/>' % (heptagon(), fill, rim))
    if shape == C:
        return '<circle cx="24" cy="24" r="21.5" fill="%s" stroke="%s" stroke-width="1.5"/>' % (
            fill, rim)
    return ('<rect x="3.5" y="3.5" width="41" height="41" rx="10" fill="%s" stroke="%s" '
            'stroke-width="1.5"/>' % (fill, rim))


def main():
    os.makedirs(OUT, exist_ok=True)
    for kind, (category, shape, glyph, cluster) in sorted(KINDS.items()):
        fill = OVERRIDE.get(kind, CATEGORY[category])
        rim = darker(fill)
        body = glyph.strip().replace('{fill}', fill)
        ring = RING.format(fill=fill) if cluster else ''
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" '
               'viewBox="0 0 48 48">\n'
               '<title>%s</title>\n%s\n'
               '<g fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" '
               'stroke-linejoin="round">\n%s\n</g>\n%s%s</svg>\n') % (
                   kind, shape_svg(shape, fill, rim), body, ring, '\n' if ring else '')
        with open(os.path.join(OUT, kind + '.svg'), 'w', encoding='utf-8') as f:
            f.write(svg)


if __name__ == '__main__':
    main()
