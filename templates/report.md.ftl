<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report (GitHub-flavoured). Every value arrives computed, translated and formatted (ReportView);
     user text is escaped by the Markdown output format, so it cannot break a table or inject markup. -->
<#macro notes list><#list list as n><#if n.who?has_content>${n.who}: </#if>${n.text}<#sep> · </#sep></#list></#macro>
# ${title}

<#if municipality.details?has_content>
${municipality.details}  
</#if>
${text.questionnaire}: ${questionnaire}<#if date??> · ${text.date}: ${date}</#if>

## ${text.summary}

| ${text.overall} | ${text.stage} | ${text.coverage} |
|---:|---|---:|
| **${overall.score}**<#if overall.lowCoverage?has_content> (${overall.lowCoverage})</#if> | ${overall.stage} | ${overall.coverage} (${overall.answered}/${overall.applicable}) |

<#if glance.stagePlace?has_content>
${text["glance.scale"]}: <#list glance.scale as s><#if s.current>**${s.label} (${s.range})**<#else>${s.label} (${s.range})</#if><#sep> · </#list>. ${glance.stagePlace}

</#if>
<#if overall.stageNote?has_content>
${overall.stageNote}

</#if>
**${verdict}**

<#list glance.theses as t>
- **${t.title}: ${t.status}.** ${t.reason}
</#list>
<#if glance.duties?has_content>

**${glance.duties}**
</#if>

### ${text["glance.heard-title"]}

${glance.heard}<#if glance.notHeard?has_content> ${glance.notHeard}</#if>
<#if glance.disputedLead?has_content>

${glance.disputedLead}
<#if glance.disputed?has_content>

<#list glance.disputed as d>
- ${d}
</#list>
</#if>
<#if glance.moreDisputed?has_content>

${glance.moreDisputed}
</#if>
</#if>
<#if glance.factsDiffer?has_content>

${glance.factsDiffer}
</#if>

### ${text["glance.first"]}

<#if glance.first?has_content>
<#list glance.first as m>
${m?counter}. **${m.measure}** (${m.why})
</#list>
<#else>
${noPriorities}
</#if>

<#if glance.position??>
<#assign pos = glance.position>
### ${pos.heading}

| ${text["glance.indicator"]} |<#if pos.previous> ${pos.before} |</#if> ${pos.now} |<#if pos.previous> ${text["glance.difference"]} |</#if><#if pos.peers> ${text["glance.rank"]} |<#if pos.percentiles> ${text["glance.percentile"]} |</#if> ${text["glance.median"]} | ${text["glance.peers-met"]} |</#if>
|---|<#if pos.previous>---:|</#if>---:|<#if pos.previous>---:|</#if><#if pos.peers>---:|<#if pos.percentiles>---:|</#if>---:|---:|</#if>
<#list pos.rows as c>
| ${c.label} |<#if pos.previous> ${c.before} |</#if> ${c.now} |<#if pos.previous> ${c.change.text} |</#if><#if pos.peers> ${c.rank} |<#if pos.percentiles> ${c.percentile} |</#if> ${c.median} | ${c.met} |</#if>
</#list>
<#list pos.notes as n>

${n}
</#list>

</#if>
## ${text.theses}

| ${text.thesis} | ${text.score} | ${text.threshold} | ${text.status} |
|---|---:|---:|---|
<#list theses as t>
| ${t.title} | ${t.score} | ${t.threshold} | <#if !t.assessable>❔<#elseif t.met>✅<#else>❌</#if> ${t.status} |
</#list>

<#list theses as t>
### ${t.title}: ${t.status}

${t.lead}
<#if t.failed?has_content>

<#list t.failed as c>
- ${c.text}
<#list c.alternatives as a>
  - ${a}
</#list>
</#list>
</#if>
<#if t.weakest?has_content>

${text["thesis.weakest"]}

<#list t.weakest as w>
- ${w}
</#list>
</#if>
<#if t.divided?has_content>

${text["thesis.divided"]}

<#list t.divided as d>
- ${d}
</#list>
</#if>

</#list>

<#if duties.any>
## ${text.duties}

${text["duties-note"]}

${duties.summary}
<#if duties.open?has_content>

| ${text["duties.duty"]} | ${text.field} | ${text["duties.basis"]} |
|---|---|---|
<#list duties.open as d>
| ${d.text} | ${d.field} | ${d.basis} |
</#list>
</#if>

</#if>
## ${text.fields}

| ${text.field} | ${text.score} | ${text.stage} | ${text.coverage} | ${text.answered} |
|---|---:|---|---:|---:|
<#list fields as f>
| ${f.title} | ${f.score} | ${f.stage} | ${f.coverage} | ${f.answered}/${f.applicable} |
</#list>

### ${text.heatmap}

| ${text.field} |<#list heatmap.columns as c> ${c} |</#list>
|---|<#list heatmap.columns as c>---:|</#list>
<#list heatmap.rows as row>
| ${row.field} |<#list row.cells as cell> ${cell.value} |</#list>
</#list>

${text["heatmap-note"]}
<#if cohort??>

## ${cohort.heading}

${cohort.lead}

| ${text["glance.indicator"]} | ${text["cohort.score"]} | ${text["cohort.rank"]} |<#if cohort.percentiles> ${text["cohort.percentile"]} |</#if> ${text["cohort.median"]} |<#if cohort.group> ${text["cohort.group-rank"]} |<#if cohort.groupPercentiles> ${text["cohort.group-percentile"]} |</#if> ${text["cohort.group-median"]} |</#if>
|---|---:|---:|<#if cohort.percentiles>---:|</#if>---:|<#if cohort.group>---:|<#if cohort.groupPercentiles>---:|</#if>---:|</#if>
<#list cohort.rows as c>
| ${c.label} | ${c.score} | ${c.rank} |<#if cohort.percentiles> ${c.percentile} |</#if> ${c.median} |<#if cohort.group> ${c.groupRank} |<#if cohort.groupPercentiles> ${c.groupPercentile} |</#if> ${c.groupMedian} |</#if>
</#list>

${cohort.notes?join(" ")}
</#if>

## ${text.priorities}

<#if priorities?has_content>
| # | ${text.measure} | ${text.field} | ${text.closes} | ${text.impact} | ${text.effort} | ${text["phase-column"]} |
|---:|---|---|---|---:|---|---:|
<#list priorities as p>
| ${p.rank} | ${p.measure} | ${p.field} | ${p.closes}<#if p.duty?has_content><#if p.closes?has_content> · </#if>${p.duty}</#if> | ${p.impact} | ${p.effort} | ${p.phase} |
</#list>

${text["priorities-note"]}
<#else>
${noPriorities}
</#if>

## ${text.roadmap}

<#if roadmap?has_content>
${text["roadmap-note"]}

<#list roadmap as phase>
### ${phase.title}

${phase.description}

<#list phase.measures as m>
${m?counter}. **${m.measure}**<#if m.closes?has_content> · **${m.closes}**</#if><#if m.duty?has_content> · **${m.duty}**</#if>  
   ${m.questionLabel}: ${m.question} (${m.field}; ${text.impact} ${m.impact}, ${text.effort} ${m.effort})<#if m.after?has_content> · *${m.after}*</#if><#if m.notes?has_content>  
   ${text["measure-notes"]}: <@notes m.notes/></#if>
</#list>
<#if phase.more?has_content>

*${phase.more}*
</#if>

</#list>
<#else>
${text["no-roadmap"]}

</#if>
## ${text.details}

${text["details-note"]}

<#list fields as f>
### ${f.title}: ${f.score} (${f.stage})

<#if f.description?has_content>
${f.description}

</#if>
<#if participation.several>
| ${text.question} | ${text["answers-by-respondent"]} | ${text.score} | ${text.spread} | ${text.target} | ${text.gap} | ${text.evidence} |
|---|---|---:|---:|---:|---:|---|
<#list f.questions as q>
| ${q.text} | <#if q.answered>${q.answer}<#else>*${q.answer}*</#if><#if q.notes?has_content> (<@notes q.notes/><#if q.moreRemarks?has_content>; ${q.moreRemarks}</#if>)<#elseif q.moreRemarks?has_content> (${q.moreRemarks})</#if><#if q.otherAnswers?has_content || q.otherNotes?has_content> · *${q.otherAnswers}<#if q.otherAnswers?has_content && q.otherNotes?has_content> · </#if><@notes q.otherNotes/>*</#if> | ${q.score} | ${q.spread}<#if q.disputed> ⚠️ ${text.disputed}</#if> | ${q.target} | ${q.gap} | <#list q.evidence as e><#if e.who?has_content>${e.who}: </#if><#if e.href?has_content>[${e.text}](${e.href})<#else>${e.text}</#if><#sep>; </#sep></#list><#if q.unevidenced><#if q.evidence?has_content>; </#if>*${text["no-evidence"]}*</#if> |
</#list>
<#else>
| ${text.question} | ${text.answer} | ${text.score} | ${text.target} | ${text.gap} | ${text.evidence} |
|---|---|---:|---:|---:|---|
<#list f.questions as q>
| ${q.text} | <#if q.answered>${q.answer}<#else>*${q.answer}*</#if><#if q.notes?has_content> (<@notes q.notes/>)</#if><#if q.otherAnswers?has_content || q.otherNotes?has_content> · *${q.otherAnswers}<#if q.otherAnswers?has_content && q.otherNotes?has_content> · </#if><@notes q.otherNotes/>*</#if> | ${q.score} | ${q.target} | ${q.gap} | <#list q.evidence as e><#if e.who?has_content>${e.who}: </#if><#if e.href?has_content>[${e.text}](${e.href})<#else>${e.text}</#if><#sep>; </#sep></#list><#if q.unevidenced><#if q.evidence?has_content>; </#if>*${text["no-evidence"]}*</#if> |
</#list>
</#if>

</#list>
## ${text.warnings}

${text.coverage}: ${overall.coverage} (${overall.answered}/${overall.applicable})

<#if warnings?has_content>
<#list warnings as w>
- ${w}
</#list>
<#else>
${text["no-warnings"]}
</#if>

## ${text.heard}

| ${text.role} | ${text.count} |
|---|---:|
<#list participation.roles as r>
| ${r.role} | ${r.count} |
</#list>

<#if participation.missing?has_content>
${text["not-heard"]}: ${participation.missing}
<#elseif participation.allHeard?has_content>
${participation.allHeard}
</#if>
<#if participation.notAsked?has_content>

${participation.notAsked}
</#if>
<#if participation.several>

${participation.spreadNote} **${participation.disputed}**
</#if>
<#if respondents?has_content>

| ${text.role} | ${text.name} |
|---|---|
<#list respondents as r>
| ${r.role} | ${r.name} |
</#list>
</#if>

<#assign anyRest = false><#list roadmap as ph><#if ph.rest?has_content><#assign anyRest = true></#if></#list>
<#if anyRest>
## ${text["appendix-roadmap"]}

${text["appendix-roadmap-note"]}

<#list roadmap as phase>
<#if phase.rest?has_content>
### ${phase.title}

| # | ${text.measure} | ${text.field} | ${text.impact} | ${text.effort} |
|---:|---|---|---:|---|
<#list phase.rest as m>
| ${m?counter + phase.measures?size} | ${m.measure}<#if m.after?has_content> · *${m.after}*</#if> | ${m.field} | ${m.impact} | ${m.effort} |
</#list>

</#if>
</#list>
</#if>
## ${text.methodology}

<#list methodology.paragraphs as p>
${p}

</#list>
### ${text["method.fields-table"]}

| ${text.field} | ${text.weight} | ${text.aggregate} | ${text.questions} | ${text["question-weights"]} |
|---|---:|---|---:|---|
<#list methodology.fields as f>
| ${f.title} | ${f.weight} | ${f.aggregate} | ${f.questions} | ${f.questionWeights} |
</#list>

### ${text["method.theses-table"]}

| ${text.thesis} | ${text.threshold} | ${text.questions} |
|---|---:|---:|
<#list methodology.theses as t>
| ${t.title} | ${t.threshold} | ${t.questions} |
</#list>

### ${text["method.stages-table"]}

${text["method.stages-note"]}

| ${text.score} | ${text.stage} | |
|---|---|---|
<#list methodology.stages as s>
| ${s.range} | ${s.label} | ${s.description} |
</#list>

---
${text["generated-by"]}
