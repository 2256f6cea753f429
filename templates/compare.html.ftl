<#ftl output_format="HTML" strip_whitespace=true>
<#-- The HTML comparison: self-contained, inline CSS and SVG, no script. Values arrive formatted (ComparisonView). -->
<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { margin: 0; font-family: "Open Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #1f2937; background: #eef1f5; }
.page { max-width: 297mm; margin: 0 auto; background: #ffffff; padding-bottom: 10mm; }
header { background: #123c69; color: #ffffff; padding: 9mm 12mm 7mm 12mm; }
header h1 { margin: 1mm 0; font-size: 20pt; }
header p { margin: 0; color: #dbe7f3; font-size: 9pt; }
.content { padding: 0 12mm; }
h2 { font-size: 13pt; color: #123c69; margin: 8mm 0 3mm 0; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #123c69; }
h3 { font-size: 11pt; color: #123c69; margin: 5mm 0 2mm 0; }
.warning { background: #fdf3e2; border-left: 3pt solid #c2410c; color: #7c2d12; padding: 2.5mm 4mm; margin: 4mm 0 0 0; }
table.data { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.data th { text-align: left; background: #f3f4f6; border-bottom: 1pt solid #d1d5db; padding: 1.3mm 1.6mm; vertical-align: bottom; }
table.data td { border-bottom: 0.5pt solid #e5e7eb; padding: 1.3mm 1.6mm; }
table.data tr { page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
table.data th.num { text-align: right; white-space: normal; vertical-align: bottom; }
table.scores tbody th { background: none; font-weight: normal; border-bottom: 0.5pt solid #e5e7eb; vertical-align: top; }
table.data tbody th[scope="row"] { background: none; font-weight: normal; border-bottom: 0.5pt solid #e5e7eb; }
table.stages { width: auto; min-width: 50%; }
<#-- a municipality's name breaks between words, not inside one; only a name longer than the column breaks anywhere -->
th.name { min-width: 34mm; word-wrap: break-word; }
table.scores th.num { font-size: 7.5pt; hyphens: auto; }
.scroll { overflow-x: auto; }
/* one set of column widths for all peer groups, so that their columns line up from table to table */
table.group { table-layout: fixed; }
table.ranking td, table.ranking th { padding: 1mm 1.1mm; font-size: 8pt; }
.note { font-size: 8.5pt; color: #5f6675; }
<#-- a score resting on few answers: said in words, the colour only adds to them (WCAG 1.4.1) -->
.low-coverage { font-size: 8.5pt; color: #8a3b00; font-weight: normal; }
<#-- a long word in a user's text (a 300-letter name) wraps instead of widening the page -->
.wrap { word-wrap: break-word; overflow-wrap: anywhere; }
<#-- a name column keeps room for a usual name, so that "Hohenmarken" is not cut in two; only longer words break -->
td.wrap { min-width: 9em; }
.chart svg { max-width: 100%; height: auto; }
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
  .chart { overflow-x: auto; }
  <#-- each chart keeps its own width: shrunk to 520 px the heat map's labels and values were 6 px high, the box
       plot's 8 px -->
  .chart svg { max-width: none; }
}
@media print {
  body { background: #ffffff; } .page { max-width: none; } .content { padding: 0; }
  <#-- A4 from a browser: a heading stays with what follows it, a chart is one picture on one page (scaled to it),
       and scrolling boxes give way to tables that break across pages with their header -->
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .chart { break-inside: avoid; page-break-inside: avoid; }
  .chart svg { max-height: 175mm; width: auto; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
}
</style>
</head>
<body>
<div class="page">
<header>
  <p>${questionnaire}</p>
  <h1 class="wrap">${title}</h1>
  <p><#if subtitle?has_content>${subtitle}</#if><#if date??><#if subtitle?has_content> · </#if>${text.date}: ${date}</#if></p>
</header>
<div class="content">
<#list warnings as w>
<div class="warning wrap">${w}</div>
</#list>

<h2>${text.overview}</h2>
<p>${overview.summary}</p>
<div class="chart" tabindex="0">
<#assign h = overview.histogram>
<svg xmlns="http://www.w3.org/2000/svg" width="${h.width}" height="${h.height}" viewBox="0 0 ${h.width} ${h.height}" role="img" aria-label="${text["overview.chart"]}: <#list overview.stages as st>${st.label} ${st.range}: ${st.count}<#sep>; </#list>">
<#list h.bars as b>
  <rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#2f6fae"/>
</#list>
  <line x1="20" y1="${h.baseline}" x2="620" y2="${h.baseline}" stroke="#374151" stroke-width="1"/>
<#list h.ticks as t>
  <text x="${t.x}" y="${h.height - 6}" text-anchor="middle" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#5f6675">${t.label}</text>
</#list>
<#list h.stages as st>
  <line x1="${st.x}" y1="${st.top}" x2="${st.x}" y2="${h.baseline}" stroke="#c2410c" stroke-width="1.2" stroke-dasharray="4 3"/>
  <text x="${st.x}" y="${st.labelY}" dx="3" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#7c2d12">${st.label}</text>
</#list>
<#list h.bars as b>
<#-- a white ground under each count, so that a stage line through the bar's middle does not cross its digits -->
<#assign labelWidth = b.count?length * 6 + 4>
  <rect x="${(b.labelX?number - labelWidth / 2)?c}" y="${(b.labelY?number - 9)?c}" width="${labelWidth?c}" height="11" fill="#ffffff"/>
  <text x="${b.labelX}" y="${b.labelY}" text-anchor="middle" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#1f2937">${b.count}</text>
</#list>
</svg>
</div>
<table tabindex="0" class="data stages">
  <thead><tr><th scope="col">${text["overview.stage"]}</th><th scope="col">${text["overview.range"]}</th><th scope="col" class="num">${text["overview.count"]}</th><th scope="col" class="num">${text["overview.share"]}</th></tr></thead>
  <tbody>
<#list overview.stages as st>
    <tr><th scope="row">${st.label}</th><td>${st.range}</td><td class="num">${st.count}</td><td class="num">${st.share}</td></tr>
</#list>
  </tbody>
</table>

<h2>${text.ranking}</h2>
<div class="scroll" tabindex="0">
<table tabindex="0" class="data ranking">
  <thead><tr><th class="num">${text.rank}</th><th>${text.municipality}</th><th>${text.period}</th><th class="num">${text.overall}</th><th>${text.stage}</th><th class="num">${text.coverage}</th><th class="num">${text.percentile}</th></tr></thead>
  <tbody>
<#list rows as r>
    <tr><td class="num">${r.rank}</td><td class="wrap">${r.name} <span class="note">${r.id}</span></td><td>${r.period}</td><td class="num"><strong>${r.overall}</strong><#if r.lowCoverage?has_content><div class="low-coverage">${r.lowCoverage}</div></#if></td><td>${r.stage}</td><td class="num">${r.coverage}</td><td class="num">${r.percentile}</td></tr>
</#list>
  </tbody>
</table>
</div>
<p class="note">${text["ranking-note"]}</p>
<#if shown?has_content><p class="note">${shown}</p></#if>

<h2>${text.heatmap}</h2>
<div class="chart" tabindex="0">
<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" width="${heatmap.width}" height="${heatmap.height}" viewBox="0 0 ${heatmap.width} ${heatmap.height}" role="img" aria-label="${text.heatmap}">
<#list heatmap.columns as c>
  <text transform="translate(${c.x} ${heatmap.columnLabelY}) rotate(-40)" font-family="Open Sans, Arial, sans-serif" font-size="11" fill="#374151">${c.label}</text>
</#list>
<#list heatmap.rows as row>
  <text x="${heatmap.rowLabelX}" y="${row.textY}" text-anchor="end" font-family="Open Sans, Arial, sans-serif" font-size="11" fill="#1f2937">${row.label}</text>
<#list row.cells as cell>
  <rect x="${cell.x}" y="${row.y}" width="55" height="19" fill="${cell.fill}"/>
  <text x="${cell.textX}" y="${row.textY}" text-anchor="middle" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="${cell.ink}">${cell.value}</text>
</#list>
</#list>
</svg>
</div>
<p class="note">${text["heatmap-note"]}<#if heatmapShown?has_content> ${heatmapShown}</#if> ${text["heatmap-detail"]}</p>

<h2>${text.scores}</h2>
<div class="scroll" tabindex="0">
<table tabindex="0" class="data scores">
  <thead><tr><th scope="col">${text.municipality}</th><#list fields as f><th scope="col" class="num">${f}</th></#list></tr></thead>
  <tbody>
<#list rows as r>
    <tr><th scope="row" class="name">${r.rank}. ${r.name}</th><#list r.fields as c><td class="num">${c.value}</td></#list></tr>
</#list>
  </tbody>
</table>
</div>

<h2>${text["theses-by"]}</h2>
<div class="scroll" tabindex="0">
<table tabindex="0" class="data scores theses-by">
  <thead><tr><th scope="col">${text.municipality}</th><#list theses as t><th scope="col" class="num">${t}</th></#list></tr></thead>
  <tbody>
<#list rows as r>
    <tr><th scope="row" class="name">${r.rank}. ${r.name}</th><#list r.theses as t><td class="num">${t.value} <span class="note">${t.verdict}</span></td></#list></tr>
</#list>
  </tbody>
</table>
</div>
<#if shortfalls?has_content>
<p class="note">${text["shortfalls"]}:</p>
<ul class="note">
<#list shortfalls as n>  <li>${n}</li>
</#list>
</ul>
</#if>

<h2>${text.distribution}</h2>
<div class="chart" tabindex="0">
<svg xmlns="http://www.w3.org/2000/svg" width="${boxplot.width}" height="${boxplot.height}" viewBox="0 0 ${boxplot.width} ${boxplot.height}" role="img" aria-label="${text.distribution}">
<#list boxplot.ticks as t>
  <line x1="${t.x}" y1="4" x2="${t.x}" y2="${boxplot.gridBottom}" stroke="#e5e7eb" stroke-width="1"/>
  <text x="${t.x}" y="${boxplot.tickY}" text-anchor="middle" font-family="Open Sans, Arial, sans-serif" font-size="10" fill="#5f6675">${t.label}</text>
</#list>
<#list boxplot.boxes as b>
  <text x="${boxplot.labelX}" y="${b.y}" dy="4" text-anchor="end" font-family="Open Sans, Arial, sans-serif" font-size="11" fill="#1f2937">${b.label}</text>
  <line x1="${b.min}" y1="${b.y}" x2="${b.max}" y2="${b.y}" stroke="#374151" stroke-width="1.2"/>
  <line x1="${b.min}" y1="${b.top}" x2="${b.min}" y2="${b.bottom}" stroke="#374151" stroke-width="1.2"/>
  <line x1="${b.max}" y1="${b.top}" x2="${b.max}" y2="${b.bottom}" stroke="#374151" stroke-width="1.2"/>
  <rect x="${b.p25}" y="${b.top}" width="${b.boxWidth}" height="${b.height}" fill="#cfe0f1" stroke="#123c69" stroke-width="1"/>
  <line x1="${b.median}" y1="${b.top}" x2="${b.median}" y2="${b.bottom}" stroke="#123c69" stroke-width="2.2"/>
  <circle cx="${b.mean}" cy="${b.y}" r="3" fill="#c2410c"/>
</#list>
</svg>
</div>
<p class="note">${text["boxplot-note"]}</p>

<h2>${text.statistics}</h2>
<table tabindex="0" class="data">
  <thead><tr><th scope="col">${text["score-of"]}</th><#list statisticLabels as l><th scope="col" class="num">${l}</th></#list></tr></thead>
  <tbody>
<#list statistics as s>
    <tr><td>${s.label}</td><#list s.cells as c><td class="num">${c}</td></#list></tr>
</#list>
  </tbody>
</table>
<#if groups?has_content>

<h2>${subtitle}</h2>
<#list groups as g>
<h3 class="wrap">${g.name} (${g.members})</h3>
<table tabindex="0" class="data group">
  <colgroup><col style="width: 8%"><col style="width: 46%"><col style="width: 14%"><col style="width: 18%"><col style="width: 14%"></colgroup>
  <thead><tr><th class="num">${text.rank}</th><th>${text.municipality}</th><th class="num">${text.overall}</th><th>${text.stage}</th><th class="num">${text.percentile}</th></tr></thead>
  <tbody>
<#list g.rows as r>
    <tr><td class="num">${r.rank}</td><td class="wrap">${r.name} <span class="note">${r.id}</span></td><td class="num"><strong>${r.overall}</strong><#if r.lowCoverage?has_content><div class="low-coverage">${r.lowCoverage}</div></#if></td><td>${r.stage}</td><td class="num">${r.percentile}</td></tr>
</#list>
  </tbody>
</table>
<#if g.tooFew?has_content>
<p class="note">${g.tooFew}</p>
<#else>
<table tabindex="0" class="data group-statistics">
  <thead><tr><th scope="col">${text["score-of"]}</th><#list statisticLabels as l><th scope="col" class="num">${l}</th></#list></tr></thead>
  <tbody>
<#list g.statistics as st>
    <tr><th scope="row">${st.label}</th><#list st.cells as c><td class="num">${c}</td></#list></tr>
</#list>
  </tbody>
</table>
</#if>
</#list>
</#if>

<footer>${text["generated-by"]} · ${questionnaire}</footer>
</div>
</div>
</body>
</html>
