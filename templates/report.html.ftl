<#ftl output_format="HTML" strip_whitespace=true>
<#-- The HTML report, also the source of the PDF. Self-contained: inline CSS and SVG, no script, nothing loaded
     from the network. Every value arrives computed, translated and formatted (ReportView); HTML auto-escaping
     covers all user text. Layout uses tables and blocks only, because the PDF renderer knows no flexbox. -->
<#-- a respondent's note in their own words; marked with its language where it is not the report's (WCAG 3.1.2) -->
<#macro words n><#if n.who?has_content>${n.who}: </#if><#if n.lang?has_content><span lang="${n.lang}">${n.text}</span><#else>${n.text}</#if></#macro>
<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
@page { size: A4; margin: 14mm 15mm 16mm 15mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Open Sans", sans-serif; font-size: 7.5pt; color: #5f6675; } }
* { box-sizing: border-box; }
html { background: #eef1f5; }
body { margin: 0; font-family: "Open Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
  line-height: 1.45; color: #1f2937; }
.page { max-width: 210mm; margin: 0 auto; background: #ffffff; padding: 0 0 12mm 0; }
.content { padding: 0 14mm; }
header.cover { background: #123c69; color: #ffffff; padding: 5mm 14mm 4.5mm 14mm; }
header.cover .kicker { font-size: 8.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #b9d3ee; margin: 0; }
header.cover h1 { font-size: 20pt; line-height: 1.2; margin: 1.5mm 0 1.5mm 0; font-weight: bold; }
header.cover .meta { font-size: 9pt; color: #dbe7f3; margin: 0; }
h2 { font-size: 14pt; color: #123c69; margin: 9mm 0 3mm 0; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #123c69;
  page-break-after: avoid; }
h3 { font-size: 11pt; color: #123c69; margin: 6mm 0 2mm 0; page-break-after: avoid; }
h2.first { margin-top: 3.5mm; }
.glance-part h3, h3.glance { margin: 3mm 0 1mm 0; font-size: 10.5pt; }
p { margin: 0 0 2.5mm 0; }
.note { font-size: 8.5pt; color: #5f6675; }
table { border-collapse: collapse; width: 100%; }
table.data { font-size: 9pt; margin: 1mm 0 3mm 0; }
table.data th { text-align: left; font-weight: bold; color: #374151; background: #f3f4f6; border-bottom: 1pt solid #d1d5db;
  padding: 1.6mm 2mm; vertical-align: bottom; }
table.data td { border-bottom: 0.5pt solid #e5e7eb; padding: 1.6mm 2mm; vertical-align: top; }
table.data tr { page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
table.data th.num { text-align: right; }
<#-- eight columns on A4: the headings wrap ("Perzentil in der Gruppe"), the figures keep their line -->
table.cohort { table-layout: fixed; width: 100%; }
table.cohort thead th { white-space: normal; vertical-align: bottom; }
table.cohort thead th:first-child { width: 26%; }
.kpis td { vertical-align: top; }
.kpi { background: #f3f6fa; border-left: 3pt solid #123c69; padding: 2mm 3mm; }
.kpi .label { font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #5f6675; }
.kpi .value { font-size: 18pt; font-weight: bold; color: #123c69; line-height: 1.15; }
.kpi .value small { font-size: 11pt; color: #5f6675; font-weight: normal; }
.kpi .sub { font-size: 9pt; color: #374151; }
<#-- a score resting on few answers: said in words, the colour only adds to them (WCAG 1.4.1) -->
.kpi .sub.low-coverage { color: #8a3b00; font-weight: bold; }
.verdict { margin: 3mm 0 2mm 0; padding: 2.5mm 4mm; font-weight: bold; }
.verdict.works { background: #e7f5ec; border-left: 3pt solid #1a7f45; color: #14532d; }
.verdict.fails { background: #fdf3e2; border-left: 3pt solid #c2410c; color: #7c2d12; }
.thesis { border: 0.75pt solid #d1d5db; padding: 3mm; vertical-align: top; width: 33.3%; }
.thesis h3 { margin: 0 0 1.5mm 0; font-size: 10.5pt; }
.thesis .score { font-size: 16pt; font-weight: bold; color: #1f2937; }
.badge { display: inline-block; padding: 0.4mm 2mm; font-size: 8pt; font-weight: bold; border-radius: 2mm; white-space: nowrap; }
.badge.met { background: #d1f0dc; color: #14532d; }
.badge.not-met { background: #fde2cc; color: #7c2d12; }
.badge.not-assessable { background: #e5e7eb; color: #1f2937; }
.thesis .lead { font-size: 8.5pt; color: #1f2937; margin-top: 2mm; font-weight: bold; }
.thesis ul { margin: 1mm 0 0 0; padding-left: 4mm; font-size: 8.5pt; color: #374151; }
.thesis ul ul { padding-left: 3.5mm; }
.thesis li { margin: 0 0 1mm 0; }
.thesis .weakest { font-size: 8.5pt; color: #374151; margin-top: 2mm; }
table.scale { margin: 2mm 0 0 0; table-layout: fixed; }
table.scale caption { caption-side: top; text-align: left; font-size: 7.5pt; text-transform: uppercase;
  letter-spacing: 0.06em; color: #5f6675; padding: 0 0 0.8mm 0; }
table.scale th, table.scale td { border: 0.75pt solid #cbd5e1; background: #f8fafc; color: #374151; text-align: center;
  padding: 0.6mm 1mm; font-size: 8pt; }
table.scale th { font-weight: bold; }
table.scale td { font-size: 7.5pt; }
table.scale .current { border: 1.5pt solid #123c69; background: #123c69; color: #ffffff; }
table.glance th[scope="row"] { background: none; border-bottom: 0.5pt solid #e5e7eb; font-weight: bold; color: #123c69;
  vertical-align: top; }
table.glance td { font-size: 8.5pt; }
table.glance td:last-child { min-width: 12em; }
table.compact { width: auto; min-width: 60%; }
table.data tbody th[scope="row"] { background: none; border-bottom: 0.5pt solid #e5e7eb; padding: 1.6mm 2mm;
  vertical-align: top; }
.glance-part { font-size: 8.5pt; line-height: 1.3; }
.glance-part p { margin: 0 0 1.5mm 0; }
ol.first { margin: 0 0 1mm 0; padding-left: 5mm; }
ol.first li { margin: 0 0 0.8mm 0; page-break-inside: avoid; }
ol.first .measure-title { font-weight: normal; }
ul.disputed { margin: 0 0 1mm 0; padding-left: 5mm; }
table.glance td, table.glance th, table.position td, table.position th { padding: 0.9mm 2mm; font-size: 8.5pt; }
.closes { font-size: 8.5pt; font-weight: bold; color: #123c69; }
.bar { height: 2.2mm; background: #e5e7eb; margin: 1.5mm 0 1mm 0; position: relative; }
.bar .fill { height: 2.2mm; background: #2f6fae; }
.bar .mark { position: absolute; top: -0.8mm; width: 0.6mm; height: 3.8mm; background: #111827; }
.gauge { width: 32mm; }
.gauge .bar { margin: 1.2mm 0 0 0; }
.chart { text-align: center; margin: 2mm 0; }
.chart svg { width: 100%; max-width: 160mm; height: auto; }
table.heat { page-break-inside: avoid; }
table.heat td, table.heat th { border: 1.5pt solid #ffffff; padding: 1.8mm 2mm; font-size: 9pt; }
table.heat th { background: #f3f4f6; text-align: left; }
table.heat td.cell { text-align: center; font-weight: bold; width: 24%; }
.phase { margin: 0 0 4mm 0; page-break-inside: auto; }
.phase-head { background: #123c69; color: #ffffff; padding: 2mm 3mm; font-weight: bold; page-break-after: avoid; }
.phase-head span { font-weight: normal; color: #dbe7f3; font-size: 8.5pt; }
ol.measures { margin: 0; padding: 0 0 0 7mm; }
ol.measures li { padding: 2mm 0; border-bottom: 0.5pt solid #e5e7eb; page-break-inside: avoid; }
.measure-title { font-weight: bold; }
.measure-meta { font-size: 8.5pt; color: #5f6675; }
.after { font-size: 8.5pt; color: #7c2d12; }
.state-missing, .state-na { color: #5f6675; font-style: italic; }
.answer-note { font-size: 8pt; color: #5f6675; }
td.evidence { font-size: 8pt; min-width: 7em; }
.no-evidence { font-style: italic; color: #7c2d12; }
<#-- a long word in a user's text (a 300-letter note or name) wraps instead of widening the page: word-wrap for
     the PDF renderer, which also lets a table column shrink below it, overflow-wrap for browsers; only where
     user text goes, as it lets a column shrink below its words -->
.wrap { word-wrap: break-word; overflow-wrap: anywhere; }
.field-head { font-size: 9pt; color: #374151; margin-bottom: 1mm; }
ul.warnings { margin: 0; padding-left: 5mm; }
.appendix p { font-size: 9pt; }
table.rest td, table.rest th { padding: 1mm 2mm; font-size: 8pt; }
footer { font-size: 8pt; color: #5f6675; margin-top: 8mm; border-top: 0.5pt solid #d1d5db; padding-top: 2mm; }
table.scale.down { display: none; }
table.scale.down th, table.scale.down td { text-align: left; }
@media screen and (max-width: 640px) {
  <#-- reflow at 320 px (WCAG 1.4.10): cards one below the other; a data table scrolls in itself, reachable by keyboard -->
  table.kpis, table.kpis tbody, table.kpis tr, table.kpis td,
  table.theses, table.theses tbody, table.theses tr, table.theses td { display: block; width: auto !important; }
  table.data, table.heat { display: block; overflow-x: auto; max-width: 100%; }
  <#-- the phone's width goes to the text: 14 mm of side padding would leave 200 of 320 px -->
  .content { padding: 0 4mm; }
  header.cover { padding: 4mm 4mm 3.5mm 4mm; }
  <#-- the radar keeps a readable size and scrolls in itself, like a table: shrunk to 290 px its labels could not
       be read -->
  .chart { overflow-x: auto; }
  .chart svg { min-width: 520px; }
  <#-- the first page stacks instead of scrolling: a council member on a phone reads the reasons without swiping;
       the stages stand one below the other, each thesis's reason under its name, each indicator a block of its
       figures, each labelled by its column -->
  table.scale.across { display: none; }
  table.scale.down { display: table; }
  table.glance, table.glance tbody, table.glance tr, table.position, table.position tbody, table.position tr {
    display: block; width: auto; }
  table.glance thead, table.position thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  table.glance tr, table.position tr { border-bottom: 0.5pt solid #e5e7eb; padding: 1.2mm 0; }
  table.glance th, table.glance td, table.position th, table.position td { display: inline-block; border: 0;
    text-align: left; }
  table.glance td:last-child { display: block; width: auto; min-width: 0; }
  table.position th { display: block; }
  table.glance tbody th[scope="row"], table.position tbody th[scope="row"] { border: 0; padding-left: 0; }
  table.position td { white-space: nowrap; }
  table.position td::before { content: attr(data-label) ": "; color: #5f6675; font-weight: normal; }
  table.position td:empty { display: none; }
}
@media print {
  html { background: #ffffff; }
  <#-- the PDF renderer folds a plain inline span into its line, and its language with it; as an inline block it
       keeps a structure element of its own that carries the language (PDF/UA 7.2) -->
  span[lang] { display: inline-block; max-width: 100%; }
  <#-- the PDF renderer's break-word breaks a word that does not fit the rest of a line ("Sta|dtratsbeschluss"):
       PdfRenderer marks user text without a word longer than a column "whole", and that wraps at spaces -->
  .wrap.whole { word-wrap: normal; overflow-wrap: normal; }
  <#-- the PDF renderer lays out this table from its content alone, leaving the evidence column narrower than one
       word of it: fixed widths keep every column as wide as its longest word -->
  table.answers { table-layout: fixed; }
  table.answers col.question { width: 26%; } table.answers col.answers { width: 28%; }
  table.answers col.num { width: 6.5%; } table.answers col.spread { width: 10.5%; } table.answers col.evidence { width: 16%; }
  table.answers th.num, table.answers td.num { padding-left: 1mm; padding-right: 1mm; }
  table.answers th.num { font-size: 8.5pt; }
  .page { max-width: none; padding: 0; }
  header.cover { margin: 0; }
  .content { padding: 0; }
  h2 { page-break-after: avoid; }
  .break-before { page-break-before: always; }
  <#-- the first page holds what a council reads first, the change and the peers included: tighter there -->
  header.cover { padding: 4mm 14mm 3.5mm 14mm; }
  header.cover h1 { font-size: 18pt; margin: 1mm 0; }
  .kpi { padding: 1.5mm 3mm; }
  .kpi .sub { font-size: 8.5pt; line-height: 1.3; }
  .verdict { margin: 2.5mm 0 1.5mm 0; padding: 2mm 4mm; }
  table.glance td, table.glance th, table.position td, table.position th { padding: 0.6mm 2mm; line-height: 1.3; }
  table.glance td:last-child { width: 64%; }
  .glance-part { line-height: 1.25; }
  table.data.glance, table.data.position { margin: 0.5mm 0 1.5mm 0; }
  .glance-part h3, h3.glance { margin: 2.5mm 0 0.8mm 0; }
  .glance-part p { margin: 0 0 1mm 0; }
  <#-- the change and the peers whole, on page 1 or, when it is full, on the next -->
  table.position { page-break-inside: avoid; }
  table.position td, table.position th, table.position tbody th[scope="row"] { padding-top: 0.35mm; padding-bottom: 0.35mm; }
  table.glance tbody th[scope="row"], table.position tbody th[scope="row"] { padding: 0.6mm 2mm; }
  <#-- no heading, lead-in or table header alone at a page's foot: the PDF renderer starts one on the next page when
       less than this is left (it ignores break-after: avoid); room for a heading, its intro and the first rows -->
  h2 { -fs-page-break-min-height: 80mm; }
  h3 { -fs-page-break-min-height: 75mm; }
  <#-- a forced break already starts a page: a minimum height on top of it would break twice (a blank page) -->
  h2.break-before { -fs-page-break-min-height: 0; }
  h3.glance { -fs-page-break-min-height: 20mm; }
  .thesis h3 { -fs-page-break-min-height: 0; }
  .thesis .lead, .thesis .weakest, .phase-head { -fs-page-break-min-height: 20mm; }
}
</style>
</head>
<body>
<div class="page">
<header class="cover">
  <p class="kicker">${text.questionnaire}: ${questionnaire}</p>
  <h1 class="wrap">${title}</h1>
  <p class="meta wrap"><#if municipality.details?has_content>${municipality.details} · </#if>${municipality.key}<#if date??> · ${text.date}: ${date}</#if></p>
</header>
<div class="content">

<h2 class="first">${text.summary}</h2>
<table class="kpis">
  <tr>
    <td style="width: 28%; padding-right: 3mm;">
      <div class="kpi">
        <div class="label">${text.overall}</div>
        <div class="value">${overall.score} <small>/ 100</small></div>
        <div class="bar"><div class="fill" style="width: ${overall.gauge}%;"></div></div>
<#if overall.lowCoverage?has_content>        <div class="sub low-coverage">${overall.lowCoverage}</div>
</#if>
      </div>
    </td>
    <#-- the widest: the stage's place on its scale is the longest of the three lines -->
    <td style="width: 44%; padding-right: 3mm;">
      <div class="kpi">
        <div class="label">${text.stage}</div>
        <div class="value" style="font-size: 15pt;">${overall.stage}</div>
        <div class="sub">${glance.stagePlace}</div>
      </div>
    </td>
    <td style="width: 28%;">
      <div class="kpi">
        <div class="label">${text.coverage}</div>
        <div class="value" style="font-size: 15pt;">${overall.coverage}</div>
        <div class="sub">${overall.answered} / ${overall.applicable} ${text.answered?lower_case}</div>
      </div>
    </td>
  </tr>
</table>

<#if glance.stagePlace?has_content>
<table class="scale across">
  <caption class="scale-caption">${text["glance.scale"]}</caption>
  <thead><tr><#list glance.scale as s><th scope="col"<#if s.current> class="current"</#if>>${s.label}</th></#list></tr></thead>
  <tbody><tr><#list glance.scale as s><td<#if s.current> class="current"</#if>>${s.range}<#if s.current> · <strong>${overall.score}</strong></#if></td></#list></tr></tbody>
</table>
<#-- the same scale one stage per row, for narrow screens; only one of the two is ever displayed -->
<table class="scale down">
  <caption class="scale-caption">${text["glance.scale"]}</caption>
  <tbody><#list glance.scale as s><tr><th scope="row"<#if s.current> class="current"</#if>>${s.label}</th><td<#if s.current> class="current"</#if>>${s.range}<#if s.current> · <strong>${overall.score}</strong></#if></td></tr></#list></tbody>
</table>
</#if>
<div class="verdict ${strategyWorks?then('works', 'fails')}">${verdict}</div>

<table tabindex="0" class="data glance">
  <thead><tr><th scope="col">${text.thesis}</th><th scope="col" class="num">${text.score}</th><th scope="col">${text.status}</th><th scope="col">${text["glance.why"]}</th></tr></thead>
  <tbody>
<#list glance.theses as t>
    <tr><th scope="row">${t.title}</th><td class="num"><strong>${t.score}</strong></td><td><span class="badge ${t.kind}">${t.status}</span></td><td>${t.reason}</td></tr>
</#list>
  </tbody>
</table>
<#if glance.duties?has_content>
<p class="duties-open"><strong>${glance.duties}</strong></p>
</#if>

<div class="glance-part">
<h3 class="glance">${text["glance.heard-title"]}</h3>
<p class="wrap">${glance.heard}<#if glance.notHeard?has_content> <strong>${glance.notHeard}</strong></#if></p>
<#if glance.disputedLead?has_content>
<p>${glance.disputedLead}</p>
<#if glance.disputed?has_content>
<ul class="disputed">
<#list glance.disputed as d>
  <li>${d}</li>
</#list>
</ul>
</#if>
<#if glance.moreDisputed?has_content><p class="note">${glance.moreDisputed}</p></#if>
</#if>
<#if glance.factsDiffer?has_content>
<p>${glance.factsDiffer}</p>
</#if>
<h3 class="glance">${text["glance.first"]}</h3>
<#if glance.first?has_content>
<ol class="first">
<#list glance.first as m>
  <li><span class="measure-title">${m.measure}</span> <span class="measure-meta">(${m.why})</span></li>
</#list>
</ol>
<#else>
<p>${noPriorities}</p>
</#if>

<#if glance.position??>
<#assign pos = glance.position>
<h3 class="glance">${pos.heading}</h3>
<table tabindex="0" class="data position">
  <thead><tr><th scope="col">${text["glance.indicator"]}</th><#if pos.previous><th scope="col" class="num">${pos.before}</th></#if><th scope="col" class="num">${pos.now}</th><#if pos.previous><th scope="col" class="num">${text["glance.difference"]}</th></#if><#if pos.peers><th scope="col" class="num">${text["glance.rank"]}</th><#if pos.percentiles><th scope="col" class="num">${text["glance.percentile"]}</th></#if><th scope="col" class="num">${text["glance.median"]}</th><th scope="col" class="num">${text["glance.peers-met"]}</th></#if></tr></thead>
  <tbody>
<#list pos.rows as c>
    <tr><th scope="row">${c.label}</th><#if pos.previous><td class="num" data-label="${pos.before}">${c.before}</td></#if><td class="num" data-label="${pos.now}"><strong>${c.now}</strong></td><#if pos.previous><td class="num" data-label="${text["glance.difference"]}">${c.change.text}</td></#if><#if pos.peers><td class="num" data-label="${text["glance.rank"]}">${c.rank}</td><#if pos.percentiles><td class="num" data-label="${text["glance.percentile"]}">${c.percentile}</td></#if><td class="num" data-label="${text["glance.median"]}">${c.median}</td><td class="num" data-label="${text["glance.peers-met"]}">${c.met}</td></#if></tr>
</#list>
  </tbody>
</table>
<#-- one paragraph: on page 1 every line counts -->
<#if pos.notes?has_content>
<p class="note">${pos.notes?join(" ")}</p>
</#if>
</#if>

</div>

<h2 class="break-before">${text.theses}</h2>
<#if overall.stageNote?has_content><p class="note">${overall.stageNote}</p></#if>
<table class="theses">
  <tr>
<#list theses as t>
    <td class="thesis"<#if t?has_next> style="border-right: none;"</#if>>
      <h3>${t.title}</h3>
      <span class="score">${t.score}</span> <span class="badge ${t.kind}">${t.status}</span>
      <div class="bar"><div class="fill" style="width: ${t.gauge}%;"></div><div class="mark" style="left: ${t.mark}%;"></div></div>
      <div class="note">${text.threshold}: ${t.threshold}</div>
      <p class="lead">${t.lead}</p>
<#if t.failed?has_content>
      <ul>
<#list t.failed as c>
        <li>${c.text}<#if c.alternatives?has_content><ul><#list c.alternatives as a><li>${a}</li></#list></ul></#if></li>
</#list>
      </ul>
</#if>
<#if t.weakest?has_content>
      <p class="weakest">${text["thesis.weakest"]}</p>
      <ul>
<#list t.weakest as w>
        <li>${w}</li>
</#list>
      </ul>
</#if>
<#if t.divided?has_content>
      <p class="weakest">${text["thesis.divided"]}</p>
      <ul>
<#list t.divided as d>
        <li>${d}</li>
</#list>
      </ul>
</#if>
    </td>
</#list>
  </tr>
</table>

<#if duties.any>
<h2>${text.duties}</h2>
<p class="note">${text["duties-note"]}</p>
<p>${duties.summary}</p>
<#if duties.open?has_content>
<table tabindex="0" class="data duties">
  <thead><tr><th scope="col">${text["duties.duty"]}</th><th scope="col">${text.field}</th><th scope="col">${text["duties.basis"]}</th></tr></thead>
  <tbody>
<#list duties.open as d>
    <tr><td>${d.text}</td><td>${d.field}</td><td>${d.basis}</td></tr>
</#list>
  </tbody>
</table>
</#if>

</#if>
<h2>${text.radar}</h2>
<div class="chart" tabindex="0">
<svg xmlns="http://www.w3.org/2000/svg" width="${radar.width}" height="${radar.height}" viewBox="0 0 ${radar.width} ${radar.height}" role="img" aria-label="${text.radar}">
<#list radar.rings as ring>
  <polygon points="${ring}" fill="<#if ring?is_last>#f3f6fa<#else>none</#if>" stroke="#cbd5e1" stroke-width="1"/>
</#list>
<#list radar.spokes as s>
  <line x1="${radar.cx}" y1="${radar.cy}" x2="${s.x2}" y2="${s.y2}" stroke="#cbd5e1" stroke-width="1"/>
</#list>
  <polygon points="${radar.area}" fill="#2f6fae" fill-opacity="0.28" stroke="#123c69" stroke-width="2"/>
<#list radar.dots as d>
  <circle cx="${d.x}" cy="${d.y}" r="3.5" fill="#123c69"/>
</#list>
<#list radar.labels as l>
  <text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-family="Open Sans, Arial, sans-serif" font-size="12" fill="#1f2937">${l.text}</text>
  <text x="${l.x}" y="${l.y}" dy="15" text-anchor="${l.anchor}" font-family="Open Sans, Arial, sans-serif" font-size="12" font-weight="bold" fill="#123c69">${l.value}</text>
</#list>
</svg>
</div>

<table tabindex="0" class="data">
  <thead><tr><th>${text.field}</th><th class="num">${text.score}</th><th></th><th>${text.stage}</th><th class="num">${text.coverage}</th><th class="num">${text.answered}</th></tr></thead>
  <tbody>
<#list fields as f>
    <tr><td>${f.title}</td><td class="num"><strong>${f.score}</strong></td><td class="gauge"><div class="bar"><div class="fill" style="width: ${f.gauge}%;"></div></div></td><td>${f.stage}</td><td class="num">${f.coverage}</td><td class="num">${f.answered}/${f.applicable}</td></tr>
</#list>
  </tbody>
</table>

<h2>${text.heatmap}</h2>
<table tabindex="0" class="heat">
  <thead><tr><th>${text.field}</th><#list heatmap.columns as c><th style="text-align: center;">${c}</th></#list></tr></thead>
  <tbody>
<#list heatmap.rows as row>
    <tr><th>${row.field}</th><#list row.cells as cell><td class="cell" style="background: ${cell.fill}; color: ${cell.ink};">${cell.value}</td></#list></tr>
</#list>
  </tbody>
</table>
<p class="note">${text["heatmap-note"]}</p>
<#if cohort??>

<h2>${cohort.heading}</h2>
<p>${cohort.lead}</p>
<table tabindex="0" class="data position cohort">
  <thead><tr><th scope="col">${text["glance.indicator"]}</th><th scope="col" class="num">${text["cohort.score"]}</th><th scope="col" class="num">${text["cohort.rank"]}</th><#if cohort.percentiles><th scope="col" class="num">${text["cohort.percentile"]}</th></#if><th scope="col" class="num">${text["cohort.median"]}</th><#if cohort.group><th scope="col" class="num">${text["cohort.group-rank"]}</th><#if cohort.groupPercentiles><th scope="col" class="num">${text["cohort.group-percentile"]}</th></#if><th scope="col" class="num">${text["cohort.group-median"]}</th></#if></tr></thead>
  <tbody>
<#list cohort.rows as c>
    <tr><th scope="row">${c.label}</th><td class="num" data-label="${text["cohort.score"]}"><strong>${c.score}</strong></td><td class="num" data-label="${text["cohort.rank"]}">${c.rank}</td><#if cohort.percentiles><td class="num" data-label="${text["cohort.percentile"]}">${c.percentile}</td></#if><td class="num" data-label="${text["cohort.median"]}">${c.median}</td><#if cohort.group><td class="num" data-label="${text["cohort.group-rank"]}">${c.groupRank}</td><#if cohort.groupPercentiles><td class="num" data-label="${text["cohort.group-percentile"]}">${c.groupPercentile}</td></#if><td class="num" data-label="${text["cohort.group-median"]}">${c.groupMedian}</td></#if></tr>
</#list>
  </tbody>
</table>
<p class="note">${cohort.notes?join(" ")}</p>
</#if>

<h2>${text.priorities}</h2>
<#if priorities?has_content>
<table tabindex="0" class="data">
  <thead><tr><th scope="col" class="num">#</th><th scope="col">${text.measure}</th><th scope="col">${text.field}</th><th scope="col">${text.closes}</th><th scope="col" class="num">${text.impact}</th><th scope="col">${text.effort}</th><th scope="col" class="num">${text["phase-column"]}</th></tr></thead>
  <tbody>
<#list priorities as p>
    <tr><td class="num">${p.rank}</td><td>${p.measure}</td><td>${p.field}</td><td>${p.closes}<#if p.duty?has_content><div class="duty">${p.duty}</div></#if></td><td class="num">${p.impact}</td><td>${p.effort}</td><td class="num">${p.phase}</td></tr>
</#list>
  </tbody>
</table>
<p class="note">${text["priorities-note"]}</p>
<#else>
<p>${noPriorities}</p>
</#if>

<h2>${text.roadmap}</h2>
<#if roadmap?has_content>
<p class="note">${text["roadmap-note"]}</p>
<#list roadmap as phase>
<div class="phase">
  <div class="phase-head">${phase.title} <span>· ${phase.description}</span></div>
  <ol class="measures">
<#list phase.measures as m>
    <li>
      <div class="measure-title">${m.measure}</div>
<#if m.closes?has_content>      <div class="closes">${m.closes}</div>
</#if>
<#if m.duty?has_content>      <div class="closes duty">${m.duty}</div>
</#if>
      <div class="measure-meta">${m.questionLabel}: ${m.question}</div>
<#if m.notes?has_content>      <div class="measure-meta wrap">${text["measure-notes"]}: <#list m.notes as n><@words n/><#sep> · </#sep></#list></div>
</#if>
      <div class="measure-meta">${m.field} · ${text.impact} ${m.impact} · ${text.effort} ${m.effort}</div>
<#if m.after?has_content>      <div class="after">${m.after}</div>
</#if>
    </li>
</#list>
  </ol>
<#if phase.more?has_content>  <p class="note">${phase.more}</p>
</#if>
</div>
</#list>
<#else>
<p>${text["no-roadmap"]}</p>
</#if>

<h2 class="break-before">${text.details}</h2>
<p class="note">${text["details-note"]}</p>
<#list fields as f>
<h3>${f.title} · ${f.score} (${f.stage})</h3>
<div class="field-head"><#if f.description?has_content>${f.description} </#if>${text.coverage}: ${f.coverage}</div>
<#if participation.several>
<table tabindex="0" class="data answers">
  <colgroup><col class="question"><col class="answers"><col class="num"><col class="spread"><col class="num"><col class="num"><col class="evidence"></colgroup>
  <thead><tr><th>${text.question}</th><th>${text["answers-by-respondent"]}</th><th class="num">${text.score}</th><th class="num">${text.spread}</th><th class="num">${text.target}</th><th class="num">${text.gap}</th><th class="evidence">${text.evidence}</th></tr></thead>
  <tbody>
<#list f.questions as q>
    <tr><td>${q.text}</td><td class="state-${q.state} wrap">${q.answer}<#if q.notes?has_content><div class="answer-note wrap"><#list q.notes as n><@words n/><#sep> · </#sep></#list></div></#if><#if q.moreRemarks?has_content><div class="answer-note">${q.moreRemarks}</div></#if><#if q.otherAnswers?has_content || q.otherNotes?has_content><div class="answer-note wrap">${q.otherAnswers}<#list q.otherNotes as n><#if q.otherAnswers?has_content || n?index gt 0> · </#if><@words n/></#list></div></#if></td><td class="num">${q.score}</td><td class="num<#if q.disputed> disputed</#if>">${q.spread}<#if q.disputed> <span class="badge not-met">${text.disputed}</span></#if></td><td class="num">${q.target}</td><td class="num"><#if q.behind><strong>${q.gap}</strong><#else>${q.gap}</#if></td><td class="evidence wrap"><#list q.evidence as e><div><#if e.who?has_content>${e.who}: </#if><#if e.href?has_content><a href="${e.href}" rel="noopener noreferrer">${e.text}</a><#elseif e.lang?has_content><span lang="${e.lang}">${e.text}</span><#else>${e.text}</#if></div></#list><#if q.unevidenced><span class="no-evidence">${text["no-evidence"]}</span></#if></td></tr>
</#list>
  </tbody>
</table>
<#else>
<table tabindex="0" class="data">
  <thead><tr><th>${text.question}</th><th>${text.answer}</th><th class="num">${text.score}</th><th class="num">${text.target}</th><th class="num">${text.gap}</th><th class="evidence">${text.evidence}</th></tr></thead>
  <tbody>
<#list f.questions as q>
    <tr><td style="width: 40%;">${q.text}</td><td class="state-${q.state} wrap">${q.answer}<#if q.notes?has_content><div class="answer-note wrap"><#list q.notes as n><@words n/><#sep> · </#sep></#list></div></#if><#if q.otherAnswers?has_content || q.otherNotes?has_content><div class="answer-note wrap">${q.otherAnswers}<#list q.otherNotes as n><#if q.otherAnswers?has_content || n?index gt 0> · </#if><@words n/></#list></div></#if></td><td class="num">${q.score}</td><td class="num">${q.target}</td><td class="num"><#if q.behind><strong>${q.gap}</strong><#else>${q.gap}</#if></td><td class="evidence wrap"><#list q.evidence as e><div><#if e.who?has_content>${e.who}: </#if><#if e.href?has_content><a href="${e.href}" rel="noopener noreferrer">${e.text}</a><#elseif e.lang?has_content><span lang="${e.lang}">${e.text}</span><#else>${e.text}</#if></div></#list><#if q.unevidenced><span class="no-evidence">${text["no-evidence"]}</span></#if></td></tr>
</#list>
  </tbody>
</table>
</#if>
</#list>

<h2>${text.warnings}</h2>
<p>${text.coverage}: <strong>${overall.coverage}</strong> (${overall.answered} / ${overall.applicable})</p>
<#if warnings?has_content>
<ul class="warnings wrap">
<#list warnings as w>
  <li>${w}</li>
</#list>
</ul>
<#else>
<p>${text["no-warnings"]}</p>
</#if>
<h3>${text.heard}</h3>
<table tabindex="0" class="data" style="width: 60%;">
  <thead><tr><th>${text.role}</th><th class="num">${text.count}</th></tr></thead>
  <tbody>
<#list participation.roles as r>
    <tr><td>${r.role}</td><td class="num">${r.count}</td></tr>
</#list>
  </tbody>
</table>
<#if participation.missing?has_content>
<p>${text["not-heard"]}: <strong>${participation.missing}</strong></p>
<#elseif participation.allHeard?has_content>
<p>${participation.allHeard}</p>
</#if>
<#if participation.notAsked?has_content>
<p>${participation.notAsked}</p>
</#if>
<#if participation.several>
<p>${participation.spreadNote} <strong>${participation.disputed}</strong></p>
</#if>
<#if respondents?has_content>
<table tabindex="0" class="data">
  <thead><tr><th>${text.role}</th><th>${text.name}</th></tr></thead>
  <tbody>
<#list respondents as r>
    <tr><td>${r.role}</td><td class="wrap">${r.name}</td></tr>
</#list>
  </tbody>
</table>
</#if>

<#assign anyRest = false><#list roadmap as ph><#if ph.rest?has_content><#assign anyRest = true></#if></#list>
<#if anyRest>
<div class="appendix">
<h2>${text["appendix-roadmap"]}</h2>
<p>${text["appendix-roadmap-note"]}</p>
<#list roadmap as phase>
<#if phase.rest?has_content>
<h3>${phase.title}</h3>
<table tabindex="0" class="data rest">
  <thead><tr><th scope="col" class="num">#</th><th scope="col">${text.measure}</th><th scope="col">${text.field}</th><th scope="col" class="num">${text.impact}</th><th scope="col">${text.effort}</th></tr></thead>
  <tbody>
<#list phase.rest as m>
    <tr><td class="num">${m?counter + phase.measures?size}</td><td>${m.measure}<#if m.after?has_content><div class="after">${m.after}</div></#if></td><td>${m.field}</td><td class="num">${m.impact}</td><td>${m.effort}</td></tr>
</#list>
  </tbody>
</table>
</#if>
</#list>
</div>
</#if>

<div class="appendix">
<h2>${text.methodology}</h2>
<#list methodology.paragraphs as p>
<p>${p}</p>
</#list>
<h3>${text["method.fields-table"]}</h3>
<table tabindex="0" class="data">
  <thead><tr><th>${text.field}</th><th class="num">${text.weight}</th><th>${text.aggregate}</th><th class="num">${text.questions}</th><th>${text["question-weights"]}</th></tr></thead>
  <tbody>
<#list methodology.fields as f>
    <tr><td>${f.title}</td><td class="num">${f.weight}</td><td>${f.aggregate}</td><td class="num">${f.questions}</td><td>${f.questionWeights}</td></tr>
</#list>
  </tbody>
</table>
<h3>${text["method.theses-table"]}</h3>
<table tabindex="0" class="data">
  <thead><tr><th>${text.thesis}</th><th class="num">${text.threshold}</th><th class="num">${text.questions}</th></tr></thead>
  <tbody>
<#list methodology.theses as t>
    <tr><td>${t.title}</td><td class="num">${t.threshold}</td><td class="num">${t.questions}</td></tr>
</#list>
  </tbody>
</table>
<h3>${text["method.stages-table"]}</h3>
<p>${text["method.stages-note"]}</p>
<table tabindex="0" class="data">
  <thead><tr><th>${text.score}</th><th>${text.stage}</th><th></th></tr></thead>
  <tbody>
<#list methodology.stages as s>
    <tr><td style="white-space: nowrap;">${s.range}</td><td><strong>${s.label}</strong></td><td>${s.description}</td></tr>
</#list>
  </tbody>
</table>
</div>

<footer>${text["generated-by"]} · ${questionnaire}</footer>
</div>
</div>
</body>
</html>
