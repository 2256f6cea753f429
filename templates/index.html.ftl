<#ftl output_format="HTML" strip_whitespace=true>
<#-- The index page of a report run: self-contained, inline CSS, no script. Values arrive formatted (IndexView). -->
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
  <p>${cohort.questionnaire}</p>
  <h1 class="wrap">${title}</h1>
  <p><#if cohort.subtitle?has_content>${cohort.subtitle}</#if><#if date??><#if cohort.subtitle?has_content> · </#if>${text.date}: ${date}</#if></p>
</header>
<main class="content">
<p>${lead}</p>
<#list cohort.warnings as w>
<div class="warning wrap">${w}</div>
</#list>
<#if failed?has_content>
<h2>${text.failed}</h2>
<ul>
<#list failed as f>  <li class="wrap">${f}</li>
</#list>
</ul>
</#if>

<h2>${text.overview}</h2>
<p>${cohort.overview.summary}</p>
<table tabindex="0" class="data stages">
  <thead><tr><th scope="col">${text["overview.stage"]}</th><th scope="col">${text["overview.range"]}</th><th scope="col" class="num">${text["overview.count"]}</th><th scope="col" class="num">${text["overview.share"]}</th></tr></thead>
  <tbody>
<#list cohort.overview.stages as st>
    <tr><th scope="row">${st.label}</th><td>${st.range}</td><td class="num">${st.count}</td><td class="num">${st.share}</td></tr>
</#list>
  </tbody>
</table>

<h2 id="reports">${text.reports}</h2>
<div class="scroll" tabindex="0" role="region" aria-labelledby="reports">
<table class="data ranking">
  <thead><tr><th scope="col" class="num">${text.rank}</th><th scope="col">${text.municipality}</th><th scope="col">${text.period}</th><th scope="col" class="num">${text.overall}</th><th scope="col">${text.stage}</th><th scope="col" class="num">${text["theses-met"]}</th><#if cohort.groupBy?has_content><th scope="col">${cohort.groupBy}</th></#if><th scope="col">${text["formats-column"]}</th></tr></thead>
  <tbody>
<#list reports as r>
    <tr><td class="num">${r.rank}</td><th scope="row" class="wrap"><#if r.links?has_content><a href="${r.links[0].href}">${r.name}</a><#else>${r.name}</#if> <span class="note">${r.id}</span></th><td>${r.period}</td><td class="num"><strong>${r.overall}</strong></td><td>${r.stage}</td><td class="num">${r.met}</td><#if cohort.groupBy?has_content><td>${r.group}</td></#if><td><#list r.links as l><a href="${l.href}" aria-label="${l.name}">${l.label}</a><#sep> · </#sep></#list></td></tr>
</#list>
  </tbody>
</table>
</div>
<p class="note">${text["ranking-note"]}</p>

<h2>${text.statistics}</h2>
<table tabindex="0" class="data">
  <thead><tr><th scope="col">${text["score-of"]}</th><#list cohort.statisticLabels as l><th scope="col" class="num">${l}</th></#list></tr></thead>
  <tbody>
<#list cohort.statistics as s>
    <tr><th scope="row">${s.label}</th><#list s.cells as c><td class="num">${c}</td></#list></tr>
</#list>
  </tbody>
</table>

</main>
<footer class="content">${text["generated-by"]} · ${cohort.questionnaire}</footer>
</div>
</body>
</html>
