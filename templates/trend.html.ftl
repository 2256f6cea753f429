<#ftl output_format="HTML" strip_whitespace=true>
<#-- The HTML trend: self-contained, inline CSS and SVG line charts. Values arrive formatted (TrendView). -->
<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
@page { size: A4; margin: 14mm; }
body { margin: 0; font-family: "Open Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #1f2937; background: #eef1f5; }
.page { max-width: 210mm; margin: 0 auto; background: #ffffff; padding-bottom: 10mm; }
header { background: #123c69; color: #ffffff; padding: 9mm 12mm 7mm 12mm; }
header h1 { margin: 1mm 0; font-size: 20pt; }
header p { margin: 0; color: #dbe7f3; font-size: 9pt; }
.content { padding: 0 12mm; }
h2 { font-size: 13pt; color: #123c69; margin: 8mm 0 3mm 0; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #123c69; page-break-after: avoid; }
.lead { margin: 5mm 0 0 0; max-width: 160mm; }
.warning { background: #fdf3e2; border-left: 3pt solid #c2410c; color: #7c2d12; padding: 2.5mm 4mm; margin: 4mm 0 0 0; }
table.data { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 3mm 0; }
table.data th { text-align: left; background: #f3f4f6; border-bottom: 1pt solid #d1d5db; padding: 1.3mm 1.6mm; }
table.data td { border-bottom: 0.5pt solid #e5e7eb; padding: 1.3mm 1.6mm; }
table.data tr { page-break-inside: avoid; }
<#-- a long word in a user's text (a 300-letter name) wraps instead of widening the page -->
.wrap { word-wrap: break-word; overflow-wrap: anywhere; }
<#-- a name column keeps room for a usual name, so that "Hohenmarken" is not cut in two; only longer words break -->
td.wrap { min-width: 9em; }
.num { text-align: right; white-space: nowrap; }
table.data th.num { text-align: right; }
.change { color: #5f6675; font-size: 8pt; }
.change.up { color: #166534; }
.change.down { color: #b91c1c; }
<#-- a score resting on few answers: said in words, the colour only adds to them (WCAG 1.4.1) -->
.low-coverage { font-size: 8.5pt; color: #8a3b00; font-weight: normal; }
.chart svg { max-width: 100%; height: auto; }
<#-- the plot and its names side by side, as one picture; the list under the plot is for narrow screens -->
.line-chart .chart { display: inline-block; vertical-align: top; }
.line-chart svg.legend { vertical-align: top; }
svg.legend.listed { display: none; }
<#-- a municipality may run onto the next page, but its chart stays whole and with its heading -->
.line-chart { page-break-inside: avoid; }
footer { font-size: 8pt; color: #5f6675; margin-top: 8mm; border-top: 0.5pt solid #d1d5db; padding-top: 2mm; }
@media screen and (max-width: 640px) {
  <#-- reflow at 320 px (WCAG 1.4.10): cards one below the other; a data table scrolls in itself, reachable by keyboard -->
  table.kpis, table.kpis tbody, table.kpis tr, table.kpis td,
  table.theses, table.theses tbody, table.theses tr, table.theses td { display: block; width: auto !important; }
  table.data, table.heat { display: block; overflow-x: auto; max-width: 100%; }
  <#-- the phone's width goes to the tables: 12 mm of side padding would leave 230 of 320 px -->
  header { padding: 5mm 4mm 4mm 4mm; }
  .content { padding: 0 4mm; }
  <#-- a chart keeps a readable size and scrolls in itself, like a table: shrunk to 300 px its labels could not be read -->
  .line-chart .chart { display: block; overflow-x: auto; }
  .chart svg { max-width: none; }
  svg.legend.beside { display: none; }
  svg.legend.listed { display: block; }
}
@media print { body { background: #ffffff; } .page { max-width: none; } .content { padding: 0; }
  <#-- the PDF renderer puts a picture after an inline block on the next line: side by side as floats -->
  .line-chart .chart, .line-chart svg.legend.beside { float: left; } .line-chart::after { content: ""; display: block; clear: both; } }
</style>
</head>
<body>
<div class="page">
<header>
  <p>${questionnaire}</p>
  <h1 class="wrap">${title}</h1>
  <#if date??><p>${text.date}: ${date}</p></#if>
</header>
<div class="content">
<p class="lead">${lead?join(" ")}</p>
<#list warnings as w>
<div class="warning wrap">${w}</div>
</#list>
<#list municipalities as m>
<div class="series">
<h2 class="wrap">${m.name} <span style="font-weight: normal; font-size: 9pt; color: #5f6675;">${m.id}</span></h2>
<div class="line-chart">
<div class="chart" tabindex="0">
<svg class="plot" xmlns="http://www.w3.org/2000/svg" width="${m.chart.plotWidth}" height="${m.chart.height}" viewBox="0 0 ${m.chart.plotWidth} ${m.chart.height}" role="img" aria-label="${m.chartText}">
<#list m.chart.yTicks as t>
  <line x1="${m.chart.left}" y1="${t.x}" x2="${m.chart.right}" y2="${t.x}" stroke="#e5e7eb" stroke-width="1"/>
  <text x="${m.chart.left}" y="${t.x}" dx="-6" dy="4" text-anchor="end" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#5f6675">${t.label}</text>
</#list>
<#list m.chart.xTicks as t>
  <text x="${t.x}" y="${m.chart.bottom}" dy="18" text-anchor="middle" font-family="Open Sans, Arial, sans-serif" font-size="11" fill="#374151">${t.label}</text>
</#list>
<#if m.chart.thresholdY?has_content>
  <line x1="${m.chart.left}" y1="${m.chart.thresholdY}" x2="${m.chart.right}" y2="${m.chart.thresholdY}" stroke="#6b7280" stroke-width="1" stroke-dasharray="3 3"/>
</#if>
<#list m.chart.lines as l>
  <polyline points="${l.points}" fill="none" stroke="${l.colour}" stroke-width="${l.width}"<#if l.dash?has_content> stroke-dasharray="${l.dash}"</#if>/>
<#list l.dots as d>
  <path d="${d.path}" fill="${l.colour}"/>
</#list>
</#list>
</svg>
</div><#--
  the lines' names: beside the plot at the height of each line's end, or on a narrow screen listed under the plot, so
  that they are seen without scrolling the plot (same coordinates, another part of them in view)
--><#list ["beside", "listed"] as kind><#assign listed = kind == "listed">
<svg class="legend ${kind}" xmlns="http://www.w3.org/2000/svg" width="${m.chart.legendWidth}" height="${listed?then(m.chart.listHeight, m.chart.height)}" viewBox="${m.chart.plotWidth} 0 ${m.chart.legendWidth} ${listed?then(m.chart.listHeight, m.chart.height)}" role="img" aria-label="${m.legendText}">
<#if m.chart.thresholdY?has_content><#assign ty = listed?then(m.chart.thresholdListY, m.chart.thresholdLegendY)>
  <line x1="${m.chart.lines[0].sampleX1}" y1="${ty}" x2="${m.chart.lines[0].sampleX2}" y2="${ty}" stroke="#6b7280" stroke-width="1" stroke-dasharray="3 3"/>
  <text x="${m.chart.lines[0].legendX}" y="${ty}" dy="4" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#4b5563">${m.chart.thresholdLabel}</text>
</#if>
<#list m.chart.lines as l><#assign ly = listed?then(l.listY, l.legendY)>
  <line x1="${l.sampleX1}" y1="${ly}" x2="${l.sampleX2}" y2="${ly}" stroke="${l.colour}" stroke-width="${l.width}"<#if l.dash?has_content> stroke-dasharray="${l.dash}"</#if>/>
  <path d="${listed?then(l.listSample, l.sample)}" fill="${l.colour}"/>
  <text x="${l.legendX}" y="${ly}" dy="4" font-family="Open Sans, Arial, sans-serif" font-size="11" fill="#1f2937">${l.endLabel}</text>
</#list>
</svg>
</#list>
</div>
<table tabindex="0" class="data">
  <thead><tr><th>${text.period}</th><th class="num">${text.overall}</th><th>${text.stage}</th><th class="num">${text.coverage}</th><#list theses as t><th class="num">${t}</th></#list></tr></thead>
  <tbody>
<#list m.periods as p>
    <tr><td>${p.period}</td><td class="num"><strong>${p.overall}</strong><#if p.lowCoverage?has_content><div class="low-coverage">${p.lowCoverage}</div></#if><#if p.change.text?has_content> <span class="change ${p.change.direction}">${p.change.text}</span></#if><#if p.otherGroups?has_content><div class="note">${p.otherGroups}</div></#if></td><td>${p.stage}</td><td class="num">${p.coverage}</td><#list p.theses as v><td class="num">${v.score}<#if v.change.text?has_content> <span class="change ${v.change.direction}">${v.change.text}</span></#if><#if v.verdict?has_content><div class="note">${v.verdict}</div></#if></td></#list></tr>
</#list>
  </tbody>
</table>
<#if m.heard?has_content || m.shortfalls?has_content>
<ul class="note">
<#list m.heard + m.shortfalls as n>  <li>${n}</li>
</#list>
</ul>
</#if>
<table tabindex="0" class="data">
  <thead><tr><th>${text.field}</th><#list m.periods as p><th class="num">${p.period}</th></#list></tr></thead>
  <tbody>
<#list fields as f>
    <tr><td>${f}</td><#list m.periods as p><td class="num">${p.fields[f?index].score}<#assign c = p.fields[f?index].change><#if c.text?has_content> <span class="change ${c.direction}">${c.text}</span></#if></td></#list></tr>
</#list>
  </tbody>
</table>
</div>
</#list>
<footer>${text["generated-by"]} · ${questionnaire}</footer>
</div>
</div>
</body>
</html>
