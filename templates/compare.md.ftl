<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown comparison. Every value arrives computed, translated and formatted (ComparisonView). -->
# ${title}

${text.questionnaire}: ${questionnaire}<#if date??> · ${text.date}: ${date}</#if>

<#if warnings?has_content>
<#list warnings as w>
> ${w}
</#list>

</#if>
## ${text.overview}

${overview.summary}

| ${text["overview.stage"]} | ${text["overview.range"]} | ${text["overview.count"]} | ${text["overview.share"]} |
|---|---|---:|---:|
<#list overview.stages as st>
| ${st.label} | ${st.range} | ${st.count} | ${st.share} |
</#list>

## ${text.ranking}

| ${text.rank} | ${text.municipality} | ${text.period} | ${text.overall} | ${text.stage} | ${text.coverage} | ${text.percentile} |<#list fields as f> ${f} |</#list>
|---:|---|---|---:|---|---:|---:|<#list fields as f>---:|</#list>
<#list rows as r>
| ${r.rank} | ${r.name} (${r.id}) | ${r.period} | **${r.overall}**<#if r.lowCoverage?has_content> (${r.lowCoverage})</#if> | ${r.stage} | ${r.coverage} | ${r.percentile} |<#list r.fields as c> ${c.value} |</#list>
</#list>

${text["ranking-note"]}
<#if shown?has_content>

${shown}
</#if>

## ${text["theses-by"]}

| ${text.municipality} |<#list theses as t> ${t} |</#list>
|---|<#list theses as t>---:|</#list>
<#list rows as r>
| ${r.rank}. ${r.name} |<#list r.theses as t> ${t.value} (${t.verdict}) |</#list>
</#list>
<#if shortfalls?has_content>

${text["shortfalls"]}:

<#list shortfalls as n>
- ${n}
</#list>
</#if>

## ${text.statistics}

| |<#list statisticLabels as l> ${l} |</#list>
|---|<#list statisticLabels as l>---:|</#list>
<#list statistics as s>
| ${s.label} |<#list s.cells as c> ${c} |</#list>
</#list>
<#if groups?has_content>

## ${subtitle}

<#list groups as g>
### ${g.name} (${g.members})

| ${text.rank} | ${text.municipality} | ${text.overall} | ${text.stage} | ${text.percentile} |
|---:|---|---:|---|---:|
<#list g.rows as r>
| ${r.rank} | ${r.name} (${r.id}) | **${r.overall}**<#if r.lowCoverage?has_content> (${r.lowCoverage})</#if> | ${r.stage} | ${r.percentile} |
</#list>

<#if g.tooFew?has_content>
${g.tooFew}
<#else>
| |<#list statisticLabels as l> ${l} |</#list>
|---|<#list statisticLabels as l>---:|</#list>
<#list g.statistics as s>
| ${s.label} |<#list s.cells as c> ${c} |</#list>
</#list>
</#if>

</#list>
</#if>

---
${text["generated-by"]}
