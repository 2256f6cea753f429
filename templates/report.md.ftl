<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report. Every value arrives computed, translated and formatted (see ReportView); user text is
     escaped by the Markdown output format, so it cannot break a table or inject markup. -->
# ${title}

<#if municipality.details?has_content>
${municipality.details}  
</#if>
${text.questionnaire}: ${questionnaire}<#if date??> · ${text.date}: ${date}</#if>

## ${text.summary}

| ${text.overall} | ${text.stage} | ${text.coverage} |
|---:|---|---:|
| **${overall.score}** | ${overall.stage} | ${overall.coverage} |

<#if overall.stageDescription?has_content>
${overall.stageDescription}

</#if>
**${verdict}**

## ${text.theses}

| ${text.thesis} | ${text.score} | ${text.threshold} | ${text.status} |
|---|---:|---:|---|
<#list theses as t>
| ${t.title} | ${t.score} | ${t.threshold} | <#if t.met>✅<#else>❌</#if> ${t.status} |
</#list>

## ${text.fields}

| ${text.field} | ${text.score} | ${text.stage} | ${text.coverage} | ${text.answered} |
|---|---:|---|---:|---:|
<#list fields as f>
| ${f.title} | ${f.score} | ${f.stage} | ${f.coverage} | ${f.answered}/${f.applicable} |
</#list>

## ${text.priorities}

<#if priorities?has_content>
| # | ${text.measure} | ${text.field} | ${text.impact} | ${text.effort} | ${text.priority} |
|---:|---|---|---:|---|---:|
<#list priorities as p>
| ${p.rank} | ${p.question} | ${p.field} | ${p.impact} | ${p.effort} | ${p.priority} |
</#list>

${text["priorities-note"]}

<#list priorities as p>
<#if p.recommendation?has_content>
${p.rank}. **${p.question}**: ${p.recommendation}
</#if>
</#list>
<#else>
${text["no-priorities"]}
</#if>

## ${text.warnings}

<#if warnings?has_content>
<#list warnings as w>
- ${w}
</#list>
<#else>
${text["no-warnings"]}
</#if>
<#if respondents?has_content>

## ${text.respondents}

| ${text.role} | ${text.name} |
|---|---|
<#list respondents as r>
| ${r.role} | ${r.name} |
</#list>
</#if>

---
${text["generated-by"]}
