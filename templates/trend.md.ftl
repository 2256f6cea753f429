<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown trend: per municipality its periods in order, each score with its change. -->
# ${title}

${text.questionnaire}: ${questionnaire}<#if date??> · ${text.date}: ${date}</#if>

${lead?join(" ")}

<#if warnings?has_content>
<#list warnings as w>
> ${w}
</#list>

</#if>
<#list municipalities as m>
## ${m.name} (${m.id})

| ${text.period} | ${text.overall} | ${text.change} | ${text.stage} | ${text.coverage} |<#list theses as t> ${t} |</#list>
|---|---:|---:|---|---:|<#list theses as t>---:|</#list>
<#list m.periods as p>
| ${p.period} | **${p.overall}**<#if p.lowCoverage?has_content> (${p.lowCoverage})</#if> | ${p.change.text}<#if p.otherGroups?has_content> (${p.otherGroups})</#if> | ${p.stage} | ${p.coverage} |<#list p.theses as v> ${v.score}<#if v.change.text?has_content> (${v.change.text})</#if><#if v.verdict?has_content> · ${v.verdict}</#if> |</#list>
</#list>
<#if m.heard?has_content || m.shortfalls?has_content>

<#list m.heard + m.shortfalls as n>
- ${n}
</#list>
</#if>

| ${text.field} |<#list m.periods as p> ${p.period} |</#list>
|---|<#list m.periods as p>---:|</#list>
<#list fields as f>
| ${f} |<#list m.periods as p> ${p.fields[f?index].score}<#if p.fields[f?index].change.text?has_content> (${p.fields[f?index].change.text})</#if> |</#list>
</#list>

</#list>
---
${text["generated-by"]}
