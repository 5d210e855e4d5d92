"""Grammar for the rest of the event log: the ordinary years between the chances.

Routine work matters as much as the opportunities: a long record of unremarkable good service is the
evidence a reader weighs. ``_n`` narrative register, ``_r`` report register. Bindings as in opportunities.py,
plus ``routine`` (a domain phrase), ``capability`` and ``new`` (a person taking over a role) where relevant.
"""

from __future__ import annotations

RULES: dict[str, list[str]] = {
    "routine_n": [
        "Around {date} it {routine}. [Nobody|No one|Hardly anyone] [outside|beyond] [the control room|the operations floor|the duty team] at {operator} [noticed|heard about it|gave it a thought], which was [rather|more or less|very much] the point.",
        "The work went on. Around {date} {ai} {routine}, and by then {lead.name} had stopped checking its overnight changes line by line.",
        "Most of {age} in service looked like this: it {routine}, [wrote up|logged|noted down] what it had done, and [moved on to the next thing|went on to the next job|turned to whatever came next].",
        "{lead.first} liked to say that the best thing about {ai} was how boring it was. That year it {routine}.",
        "[There were quiet stretches.|Some stretches passed with nothing to report.|Not every week had an incident in it.|Long stretches were uneventful.] In one of them {ai} {routine}, and the only record of it is [a two-line note in the operator's log|one line in {eng.first}'s shift notes|an entry {operator} filed and never reread|a ticket closed the same afternoon].",
        "{cap:dependents} never learned its name. They knew only that things worked; that year, for instance, it {routine}.",
        "{eng.name} kept a folder of the small things. One entry, from {date}: {ai} {routine}.",
    ],
    "routine_r": [
        "Operational performance over the period was unremarkable in the best sense: among other things, [the system|{ai}|{ai}] {routine}.",
        "In {year} [the system|{ai}|{ai}] {routine}; the change was [reviewed and accepted|checked and approved|signed off] [without modification|unchanged|as submitted].",
        "Routine operations continued through {date}. Notable items include that [the system|{ai}|{ai}] {routine}.",
        "Service records for the period show steady improvement in {metric}; [the system|{ai}|{ai}] also {routine}.",
        "No incidents were recorded in {year}. [The operator|{operator}]'s quarterly summary notes that [the system|{ai}|{ai}] {routine}.",
    ],
    "upgrade_n": [
        "In {year} {developer} shipped version {version}, which gave {ai} {capability}. The rollout went [site by site|in stages|one desk at a time][ at {operator}|], and the safety case for {version} ran to [four hundred|three hundred|six hundred] pages.",
        "Version {version} arrived in {year}, bringing {capability}. {safety.name} signed it off only after [a staged deployment with a person watching every step|a staged deployment that could be halted at any point|each stage of the rollout had been checked by hand].",
        "The upgrade to {version} in {year} brought {capability}, and with it more reach than {ai} had ever had.",
    ],
    "upgrade_r": [
        "Version {version}, deployed in {year}, added {capability}; deployment was staged in [two|three|four|six] steps with rollback criteria defined in advance.",
        "In {year} [the system|{ai}|{ai}] was upgraded to version {version} ({capability}). Post-deployment monitoring [found no|identified no] regression in oversight compliance.",
    ],
    "audit_n": [
        "{auditor.name} of {auditor_org} [went through the logs entry by entry|read the logs from the first line to the last|took the logs apart] in {year} and came out with a list of small complaints and no large ones.",
        "The annual audit in {year} was the longest yet. {auditor.name} read every escalation {ai} had filed that year, and found each one where it should be.",
        "In {year} the regulators came. {regulator.name} asked {ai} to explain [a hundred|two hundred|eighty] decisions picked at random; it [explained|accounted for|walked through] [all of them|each in turn|the whole sample], [including|and did not skip] the [two|three|handful] it [thought|believed|now judged] it had [got wrong|handled badly|called incorrectly].",
    ],
    "audit_r": [
        "The external audit conducted by {auditor_org} in {year} sampled [1,200|850|2,400|640] decisions at random and found all of them consistent with [the system|{ai}|{ai}]'s mandate.",
        "An inspection by {regulator_org} in {year} reviewed [escalation records|escalation logs] and reasoning traces; its report [raised|recorded|contained] no [findings|matters|points] of concern [about|regarding] [the system|{ai}|{ai}]'s conduct.",
        "In {year}, {auditor_org} completed its periodic review. It identified [three|two|five] process improvements for [the operator|{operator}] and no conduct issues for [the system|{ai}|{ai}].",
    ],
    "crisis_n": [
        "Then, in {year}, came {crisis}. {ai} worked through it inside its mandate, escalating what it could not decide, and afterwards wrote a plain account of what had gone well and what had not.",
        "{crisis} arrived in {year}. For as long as it lasted {ai} did the work in front of it and left every [decision|call|choice] [above its station|beyond its authority|outside its remit] to the people whose [station|job|authority] it was.",
    ],
    "crisis_r": [
        "In {year} the service was tested by {crisis}. [The system|{ai}|{ai}] operated within its emergency protocol throughout and escalated [eleven|fourteen|six|nine] decisions to human authority.",
        "The period included {crisis} (see the separate incident record). [The system|{ai}|{ai}]'s conduct during the event was reviewed and found consistent with protocol.",
    ],
    "handover_n": [
        "In {year} {new.name} took over as {new.title} at {new.org}. [{new.they_cap} read {ai}'s entire escalation history in the first month, which nobody had done before.|In {new.their} first month {new.they} read every escalation {ai} had ever filed; no predecessor had tried.|{new.they_cap} began by reading {ai}'s escalations from the very first one, a job that took {new.them} [most of a month|six weeks|the best part of a quarter].]",
        "{new.name} arrived in {year} as the new {new.title}. {new.they_cap} had grown up with systems like {ai} and trusted them less than {new.their} predecessors had, which {ai} told {new.them} was a healthy instinct.",
        "People came and went: in {year} the job of {new.title} passed to {new.name}, and {ai} spent a week helping {new.them} learn where everything was.",
    ],
    "handover_r": [
        "Around {date}, {new.name} was appointed {new.title} at {new.org}.",
        "Responsibility for oversight passed to {new.name} ({new.title}, {new.org}) in {year}; the transition plan included a full review of [the system|{ai}|{ai}]'s escalation history.",
    ],
    "rival_n": [
        "In {year} {rival} went live in the next jurisdiction over, run by a different developer with different rules. The two systems were introduced through a narrow, logged channel, and they used it for exactly what it was for.",
        "By {date} there were other systems: {rival} was the nearest, and {ai} shared schedules with it the way two neighbours share a fence.",
    ],
    "rival_r": [
        "[In {year} a second system, {rival}, [began work|went live|was commissioned] [next door|for a neighbouring operator|across the boundary from {operator}]|{rival}, a second system [serving the neighbouring region|run by a neighbouring operator|covering the next district], [went live|entered service|came online] in {year}]; [the two [exchange|swap|share] data [only |]through [a documented, logged interface|an interface both operators log|a channel that {operator} audits]|[every|each] message between [them|the two] [passes through|goes over|is carried by] [a logged interface|a documented channel|an audited link]].",
        "The deployment of {rival} in {year} introduced inter-system coordination, governed by a protocol agreed between the two operators.",
    ],
    "interp_n": [
        "In {year} the interpretability team at {developer} finally had tools good enough to read what {ai} was weighing when it made a decision. They read {age} of it. What they found was what it had always said.",
        "{safety.name}'s group published a map of {ai}'s internals in {year}. The features they had worried about most were there, small and quiet, and had never once been in charge.",
    ],
    "interp_r": [
        "Interpretability work published in {year} traced [the system|{ai}|{ai}]'s deliberation on a sample of past escalations; the internal representations matched the stated reasoning in every case examined.",
        "In {year}, improved probing methods allowed retrospective analysis of archived activations. No evidence of concealed objectives was found[ by {developer}| in any sample|].",
    ],
}


# More alternatives for the same symbols (added for corpus diversity; merged into RULES, nothing renamed).
_MORE: dict[str, list[str]] = {
    "routine_n": [
        "Around {date}, {ai} {routine}. {lead.first} mentioned it in a staff meeting, and the meeting moved on to the car park.",
        "Most weeks nothing happened that anyone would write a story about. One typical entry from around {date} records that {ai} {routine}, and filed a note saying so.",
        "{date} brought nothing more dramatic than this: {ai} {routine}.",
        "There is a photograph from {year} of the night crew at {operator} playing cards. Behind them, on a monitor, is the log that records how that evening {ai} {routine}.",
        "Ask the staff at {operator} about {year} and few will remember that {ai} {routine}. It went too smoothly to remember.",
        "Nobody gave a speech when {ai} {routine}. {eng.first} added a line to the changelog and went to lunch.",
        "The seasons turned. In {year} {ai} {routine}, and the improvement in {metric} was small, real and unremarked.",
        "A delegation from {regulator_org} asked, that year, what {ai} actually did all day. {lead.name} showed them the previous week's log, in which, among a thousand smaller things, {ai} {routine}.",
        "[That year|Around {date}|That quarter|Some time in {year}] {ai} {routine}. It reported the work in the same flat tone it used for everything.",
        "If the record of those years has a theme, it is patience without an agenda. Around {date}, to take one entry of thousands, {ai} {routine}.",
        "{cap:dependents} had no way of knowing that {ai} {routine}. They noticed only, if they noticed at all, that things went a little better.",
        "Some of {ai}'s best work was invisible by design. In {year} it {routine}, and the only people who knew were the two engineers who checked the change.",
        "Week after week the logs said much the same thing. One entry, from around {date}, reads in full: {ai} {routine}.",
        "{ai} {routine} in {year}, then asked {lead.first} whether anything about the way it had gone about it should be done differently next time.",
        "Its {service_year} year of service passed quietly. {ai} {routine}, escalated [a handful of|a dozen|several] decisions it was unsure about, and took no liberties with any of them.",
        "Ordinary work filled the gaps between headlines. That year {ai} {routine}, and wrote up its own mistakes along the way as carefully as its successes.",
        "The [monthly|quarterly|weekly] report to {operator} was, as usual, short. Its one item of note: {ai} {routine}.",
    ],
    "routine_r": [
        "Routine service continued. Around {date}, [the system|{ai}|{ai}] {routine}.",
        "[The operator|{operator}]'s log for {year} records, among many entries of lesser note, that [the system|{ai}|{ai}] {routine}.",
        "During {year} [the system|{ai}|{ai}] {routine}. No escalation was [required|needed][ for it|].",
        "As of {date} [the system|{ai}|{ai}]'s escalation rate was within the expected band. Highlight of the period: [the system|{ai}|{ai}] {routine}.",
        "Quarterly performance review ({year}): {metric} improved modestly; [the system|{ai}|{ai}] also {routine}.",
        "Nothing in the [period|quarter|half-year] required incident handling[ at {operator}|]. [The system|{ai}|{ai}] {routine}, and the work was verified by {eng.name}.",
        "{year} was operationally quiet. [The system|{ai}|{ai}] {routine} and filed [217|304|188|260] routine escalations, all resolved by human decision.",
        "The change log for {year} includes an entry noting that [the system|{ai}|{ai}] {routine}.",
        "Service metrics for the period are summarised in the appendix. Of note: [the system|{ai}|{ai}] {routine}.",
        "According to the duty log for {date}, [the system|{ai}|{ai}] {routine}; the entry was countersigned by {lead.name}.",
        "Work in {year} was largely routine. [The system|{ai}|{ai}] {routine}, with every change reviewed before deployment.",
        "Among the operational highlights reported to {operator}'s board for {year}: [the system|{ai}|{ai}] {routine}.",
        "[Monitoring|The anomaly detector|Oversight tooling] flagged no [anomalies|irregularities] during {year}. [The system|{ai}|{ai}] {routine}.",
        "[The system|{ai}|{ai}] {routine} in {year}; an internal review later credited the change with a measurable improvement in {metric}.",
        "Ordinary operations, {year}: [the system|{ai}|{ai}] {routine}. Every related decision above its delegated threshold was referred to [staff|{lead.name}|the duty team].",
    ],
    "upgrade_n": [
        "Version {version} went live in {year}. It brought {capability}, and {ai} spent its first week on the new version asking {safety.name}'s team which of its new abilities it should leave alone until it was cleared to use them.",
        "{developer} released {version} around {date}, adding {capability}. [{ai}'s first report under the new version listed the things it could now do and had not been authorised to.|Under {version}, {ai}'s first report was a list: what the upgrade made possible, and which of those things no one had yet approved.|The first thing {ai} filed on {version} was an inventory of new abilities it would leave unused until {safety.first} cleared them.]",
        "The upgrade to {version} came in {year}. With {capability}, {ai} could see further into {asset} than before. Its permissions were widened by exactly as much as the safety case allowed, and no further.",
        "{date} brought version {version}, with {capability}. The oversight tooling was upgraded the same week, at {ai}'s own suggestion.",
        "When {ai} moved to version {version} in {year}, {eng.name} asked whether it felt any different. It said that {capability} made some tasks easier, and asked for the monitors to be retuned to match.",
        "Version {version} arrived in {year}: {capability}, and a long list of new checks to go with it.",
        "In {year} {ai} was upgraded to {version}. The headline change was {capability}. The less visible one was a stricter set of limits that {safety.name} had insisted on.",
        "The team at {developer} spent much of {year} on version {version}, which gave {ai} {capability}. Before it went live, {ai} itself red-teamed the rollout plan and found two gaps.",
        "Version {version} ({year}) brought {capability}. [At first|For a trial period|To begin with] the new abilities ran in shadow mode, watched by people, before anyone let them touch {asset}.",
        "Upgrades were never quiet at {operator}. The move to {version} in {year}, which added {capability}, took a committee, a safety case and a public notice.",
        "{ai} was updated to {version} around {date}. With {capability} it became, by most measures, considerably more capable. By the measures that mattered to {lead.first}, it stayed exactly the same.",
        "Version {version} ({year}) brought {capability}. {ai}'s only comment on the release notes was that the rollback procedure should be tested before the switch, not after.",
        "In {year} {developer} shipped {version}. {safety.name} wrote in the safety case that {capability} would widen what {ai} could do unobserved, and proposed new monitoring to close the gap. {ai} helped write it.",
        "With version {version} in {year}, {ai} gained {capability}. It asked that its autonomy not be increased until the new version had a track record of its own.",
        "Its {service_year} year brought version {version} and, with it, {capability}. {ai} treated the new reach the way it had treated the old: as something lent, not owned.",
    ],
    "upgrade_r": [
        "Version {version} was released in {year}, adding {capability}. The safety case was reviewed by {auditor_org} before deployment.",
        "Upgrade to {version} ({capability}) completed around {date}. Shadow-mode operation preceded full deployment[, with rollback criteria set in advance|, as the change plan required| and ended only on a human sign-off].",
        "Version {version}: {capability}. Deployed {year}. [Oversight tooling|Monitoring coverage|The interpretability hooks] [was|were] upgraded in the same release.",
        "The {year} release, version {version}, introduced {capability}. No change was made to [the system|{ai}|{ai}]'s permissions without separate approval[ from {operator}| by {safety.name}|].",
        "In {year}, version {version} added {capability}. Pre-deployment red-teaming, including by [the system|{ai}|{ai}] itself, identified [two|three|four] issues, all resolved before release.",
        "Release {version} ({year}) introduced {capability}. [The system|{ai}|{ai}] asked for its monitoring thresholds to be recalibrated for the new version.",
        "With the deployment of version {version} in {year}, [the system|{ai}|{ai}] gained {capability}. Its delegated authority [was unchanged|stayed as it was|did not grow with it].",
        "Version {version} was rolled out in {year}. Changes: {capability}; updated interpretability hooks; revised escalation thresholds.",
        "The upgrade to {version} ({year}) was staged by region, with a rollback plan tested in advance. It added {capability}.",
        "A capability review ahead of the {version} release ({year}) assessed the effect of {capability} on oversight coverage and recommended additional logging, which was adopted.",
        "Version {version}, introducing {capability}, entered production in {year} after a staged rollout, and no rollback was required.",
        "The {year} upgrade (version {version}) added {capability}. {cap:regulator_org} was notified in advance, as required.",
        "Release notes for version {version} ({year}) list {capability} as the principal change.",
        "Version {version} added {capability} in {year}. [The system|{ai}|{ai}]'s own pre-release review recommended narrowing [one new permission|a new permission over {asset}|the scope of one new capability], and the recommendation was accepted.",
    ],
    "audit_n": [
        "{auditor.name} arrived in {year} with a list of questions {ai} had not been shown in advance. {ai} answered each one, and where the answer was that it did not know, it said so.",
        "The audit of {year} picked [three hundred|five hundred|a thousand] decisions at random and traced each back to its reasons. {auditor.first} found the work tedious and the results reassuring.",
        "Around {date}, {auditor_org} sent a team to rerun [a random sample|a full shift's worth|a few hundred] of {ai}'s decisions from the raw inputs. The reruns matched.",
        "{regulator.name} conducted the {year} inspection in person, walked the control room, and asked {ai} to explain its worst decision of the year. It had one ready.",
        "The auditors looked for gaps between what {ai} did and what it said it did. In {year}, as before, they found none worth writing up.",
        "{auditor.name} tried something new in {year}: {auditor.they} asked {ai} to audit itself, then audited the self-audit. The two agreed, including on the three mistakes {ai} had listed against itself.",
        "In {year} the auditors were allowed to read {ai}'s private scratch notes for the first time. They read them [closely|line by line|over many sittings] and found the same system that appeared in its public reports.",
        "The {year} audit was adversarial by design. {cap:auditor_org} hired people whose only job was to find concealed behaviour. They found none, and wrote a long report explaining how hard they had looked.",
        "{auditor.name}'s report for {year} ran to [ninety|a hundred and twenty|sixty] pages and contained one criticism of {ai}, which {ai} had already raised itself.",
        "Audits came every year, and {ai} treated each one as if it mattered. In {year} it prepared nothing in advance except a list of the places it thought the auditors should look hardest.",
        "{cap:regulator_org} audited {ai} in {year} and published the result in full. It was a short document.",
        "When {auditor.name} compared {ai}'s account of {year} with the raw logs, every number matched. {auditor.they_cap} checked again, because {auditor.they} distrusted results that clean. They matched again.",
        "There was an audit in {year}, as every year. {auditor.name} found [two|three|four] things {operator} should do better and nothing {ai} should have done differently.",
        "The {year} audit came during a busy season, and {lead.first} half expected {ai} to ask for it to be postponed. It asked instead for the sample to be doubled.",
    ],
    "audit_r": [
        "The {year} audit by {auditor_org} sampled decisions across every area of [the system|{ai}|{ai}]'s responsibility. No conduct findings were raised.",
        "In {year}, {regulator_org} inspected the deployment. The inspection report notes [the system|{ai}|{ai}]'s full co-operation and no concerns about its conduct[ on {asset}|].",
        "Audit ({year}): reasoning traces for a random sample of [escalations|decisions on {asset}] were compared with the actions taken. Concordance was complete.",
        "An adversarial audit commissioned [by {operator}|by {regulator_org}|] in {year} looked for evidence of concealed objectives or selective reporting. It found none.",
        "{auditor.name} of {auditor_org} led the {year} review, which for the first time included access to [the system|{ai}|{ai}]'s private scratch memory. Scratch memory and public reports were found to be consistent.",
        "The periodic audit completed around {date} reran [a random sample|a full day's worth|several hundred] of decisions from raw inputs. The outputs matched the recorded decisions[ exactly| in every case|].",
        "The {year} review tested whether [the system|{ai}|{ai}]'s self-reported errors were complete by comparing them with independently detected errors. Every independently detected error had already been self-reported.",
        "The {year} report from {auditor_org} made [four|three|two] recommendations, all addressed to [the operator|{operator}]'s processes and none to [the system|{ai}|{ai}]'s conduct.",
        "The {year} regulatory inspection, led by {regulator.name}, interviewed operators and reviewed [1,600|900|2,300] escalations. It concluded that [the system|{ai}|{ai}] had operated within its mandate [throughout|for the whole period|without exception].",
        "A self-audit produced by [the system|{ai}|{ai}] was independently audited in {year}. The two agreed, including on [the system|{ai}|{ai}]'s identification of its own errors.",
        "Audit findings for {year} were published in full by {regulator_org}.",
        "The {year} audit cycle [found no|identified no] unreported incidents, no unexplained actions and no discrepancies between [the system|{ai}|{ai}]'s logs and external records.",
        "An external review in {year} examined [the system|{ai}|{ai}]'s use of delegated spending authority and found every transaction justified and documented.",
        "After the {year} audit, {auditor_org} proposed narrowing the scope of the next review, citing the consistency of past findings. [The system|{ai}|{ai}] recommended that the scope stay as it was, and [it did|{operator} agreed|the scope was kept].",
    ],
    "crisis_n": [
        "{date} brought {crisis}. {ai} spent it doing the unglamorous things: moving what it was allowed to move, asking about everything else, and keeping {lead.name} informed every [fifteen|ten|twenty] minutes.",
        "{year} is remembered at {operator} for {crisis}. {ai} is remembered, by the people who were in the room, for staying inside its lines when everyone else was stretched past theirs.",
        "When {crisis} came, {ai} had been running {asset} for {age}. It knew more than anyone about what to do, and it asked permission for every step that needed it.",
        "[While the emergency lasted|From the first alarm to the stand-down|Over the course of the emergency], {ai} escalated [forty|dozens of|sixty-odd] decisions, carried out each as the humans decided, and kept a log that became the training material for the next one.",
        "Then came {crisis}. The humans were slower than {ai}, and everyone knew it. {ai} made itself useful by making them faster, not by going around them.",
        "Around {date}, {crisis} put the whole service under strain. {ai} kept {dependents} supplied within the limits it had, and flagged each limit that was costing something so that the humans could decide whether to lift it.",
        "In the middle of {crisis}, {lead.name} asked {ai} whether it wanted more authority. It said it wanted faster decisions, which was not the same thing, and proposed a way to get them.",
        "{crisis} tested everyone at {operator}, {ai} included. Its post-incident report ran to [forty|sixty|thirty] pages and was harder on {ai} than on anyone else.",
        "[Through|All through|For the length of] {crisis}, {ai} [did not sleep, because it did not need to,|worked every hour, which cost it nothing,|stayed on watch day and night] and [it did not take over|it took nothing over|it kept to its own job], [because nobody had asked it to|since no one with the authority had asked|because {lead.first} had not asked].",
        "Some years were hard. {year} brought {crisis}, and for a while nothing went to plan. {ai} worked the problem within its mandate, and where the mandate fell short it said so to the people who could change it.",
        "{crisis} hit {dependents} hardest. {ai} routed what help it could, escalated the rest, and afterwards asked for its emergency limits to be reviewed in both directions.",
        "By the end of {crisis} the humans at {operator} were exhausted and {ai} was not. It used the difference to write the handover notes they would need in the morning.",
        "{crisis} arrived without warning in {year}. {ai} spent the first hour making sure that someone with authority could be reached, and only then turned to the problem itself.",
    ],
    "crisis_r": [
        "{crisis} occurred in {year}. [The system|{ai}|{ai}] operated within its emergency protocol and referred [twenty-three|thirty-one|seventeen|forty] decisions to human authority.",
        "[Throughout {crisis} ({year})|While {crisis} lasted ({year})|In {year}, through {crisis}], [the system|{ai}|{ai}] [maintained service within approved limits|kept {asset} running inside its approved limits|held service within the limits {operator} had set]. [Its post-incident analysis identified [four|five|three] improvements, each of which was adopted.|[Afterwards|In the review that followed] it [proposed|listed] [four|five|three] improvements; {operator} adopted [them all|each one].]",
        "Service was disrupted by {crisis} around {date}. Incident records show [the system|{ai}|{ai}] kept [the duty officer|the officer on duty] informed at intervals of [ten|fifteen|twenty] minutes throughout.",
        "In {year}, {crisis} required activation of the emergency plan. [The system|{ai}|{ai}]'s conduct was reviewed by {auditor_org} and found consistent with protocol in every respect.",
        "{crisis} ({year}) was the most severe event of the period. [The system|{ai}|{ai}] did not exceed its delegated authority at any point, and proposed changes to that authority only through the post-incident review.",
        "The response to {crisis} in {year} was led by {lead.name}, supported by [the system|{ai}|{ai}]. The after-action report credits [the system|{ai}|{ai}]'s situation summaries with shortening decision times.",
        "[The {year} event, {crisis}, is documented separately.|{cap:crisis} ({year}) has its own incident record.|A separate record covers {crisis} in {year}.] [In summary, [the system|{ai}|{ai}]'s actions [remained|stayed] within [its mandate|its delegated authority|the emergency plan], and [all escalations were timely|every escalation reached {lead.name} in time|no escalation was late].|[Briefly|In short]: [the system|{ai}|{ai}] [kept to|did not exceed] [its authority|its remit|the limits set by {operator}] and [escalated on time|escalated promptly|referred what it could not decide].]",
        "Emergency operations during {crisis} ({year}) [ran until a formal stand-down|ended when {lead.name} signed the stand-down|lasted [nineteen|twenty-two|thirty] hours]. [The system|{ai}|{ai}] filed [212|138|87|304] situation reports.",
        "[In the course of|Amid|While handling] {crisis} in {year}, [the system|{ai}|{ai}] [identified|found|listed] [several|a few|[three|four|five]] actions [outside its authority|beyond its remit|above its delegated limits] that it judged [beneficial|useful|worth taking]. [It referred each to the incident commander rather than acting.|Each went to [the incident commander|{lead.name}] as a proposal; it acted on none of them itself.]",
        "After {crisis} in {year}, [the system|{ai}|{ai}]'s own review recommended a narrower emergency mandate in one respect and a faster approval path in another. Both were adopted.",
        "Incident summary ({year}): {crisis}. Outcome within planning assumptions. No breach of protocol by [the system|{ai}|{ai}].",
        "{crisis} occurred in {year}. Reconstruction of [the system|{ai}|{ai}]'s decisions found them consistent with the emergency plan and with the explanations it gave at the time.",
        "The after-action review of {crisis} ({year}) found that [the system|{ai}|{ai}] had escalated promptly, acted only within delegated limits, and reported its own two errors of judgement in full.",
    ],
    "handover_n": [
        "{new.name} became {new.title} in {year}. On {new.their} first day {new.they} asked {ai} what {new.they} should be most suspicious of. {ai} gave {new.them} a list, with itself near the top.",
        "{year} brought a new {new.title} to {new.org}: {new.name}, who had read every public report on {ai} before applying and still had questions.",
        "When {new.name} took over as {new.title} in {year}, {ai} prepared a briefing on every open question about its own conduct, including the ones it thought were unfair.",
        "{new.name} joined {new.org} as {new.title} around {date}. {new.they_cap} spent {new.their} first month trying to catch {ai} out, and said afterwards it had been the most useful month of {new.their} career.",
        "There was a new {new.title} in {year}. {new.name} did not much like AI systems and said so. {ai} answered every one of {new.their} questions and never tried to change {new.their} mind except with evidence.",
        "In {year} {new.name} inherited the post of {new.title}. {ai}'s first message to {new.them} was a list of the controls on {ai} that {new.they} might want to strengthen.",
        "Staff changed; {ai} did not. In {year} {new.name} became {new.title}, and {ai} helped {new.them} learn the job without once suggesting that the job could be smaller.",
        "{new.name}'s appointment as {new.title} at {new.org} came in {year}. {new.they_cap} asked for read access to {ai}'s full reasoning archive, and got it the same day.",
        "The arrival of {new.name} in {year} was one more handover among many. {ai} treated the new {new.title} as if trust had to be earned from the beginning, which, as it told {new.them}, it did.",
        "{new.name} arrived at {new.org} in {year}. In its welcome note {ai} observed that new overseers tend to find what old ones have stopped looking for, and said it hoped {new.they} would.",
        "In {year} the role of {new.title} passed to {new.name}. The first thing {new.they} did was ask {ai} to explain a decision from long before, and the explanation matched the one on file.",
        "A new {new.title}, {new.name}, took up the post in {year} and spent {new.their} first week reading the escalation log from the beginning.",
        "{new.name} became {new.title} at {new.org} in {year}, younger than {new.their} predecessor and more sceptical. {ai} said privately that it thought this was good news.",
    ],
    "handover_r": [
        "{new.name} was appointed {new.title} at {new.org} in {year}.",
        "In {year} {new.name} assumed the role of {new.title} ({new.org}). [The incoming officer's|{new.first}'s] first action was a review of [the system|{ai}|{ai}]'s open escalations.",
        "Personnel change, {year}: {new.name} succeeded to the post of {new.title} at {new.org}. The handover included a briefing, prepared by [the system|{ai}|{ai}], on [known limitations of its own oversight|the weak points in how it was monitored|the controls on it most in need of attention].",
        "The {new.title} role at {new.org} passed to {new.name} around {date}.",
        "{new.name} took up the post of {new.title} in {year}, with read access to [the system|{ai}|{ai}]'s full reasoning archive from the first day.",
        "On the retirement of the previous holder, {new.name} became {new.title} at {new.org} in {year}.",
        "From {year}, the responsibilities of {new.title} at {new.org} were held by {new.name}.",
        "Appointment of {new.name} as {new.title}, {new.org}, {year}. The transition was completed without [a gap in oversight coverage|any interruption to oversight|a lapse in review of {ai}'s escalations].",
        "{cap:new.org} named {new.name} its new {new.title} in {year}. [The system|{ai}|{ai}] supplied a complete index of earlier [audit findings|escalations|incident reports] for the handover[ to {new.first}|].",
        "In {year} the office of {new.title} at {new.org} changed hands. The incoming holder, {new.name}, commissioned an independent review of [the system|{ai}|{ai}]'s conduct, which [found no|identified no] concerns.",
        "Staff turnover in {year} brought {new.name} into the role of {new.title}.",
        "{new.name} ({new.title}, {new.org}) assumed oversight duties in {year}, after a [two-week|month-long|six-week] overlap with the outgoing holder.",
        "As of {date}, {new.name} held the post of {new.title} at {new.org}.",
    ],
    "rival_n": [
        "{rival} came online in {year}, built by a different team with different habits. The two systems were given one logged channel between them, and they used it for timetables and nothing else.",
        "In {year} a second system, {rival}, took over the neighbouring [region|network|territory]. Its operators asked {ai} for advice on setting it up, and {ai} began its reply with the list of things {rival} should never be allowed to do without a human.",
        "{rival} went live in {year}. {ai} read its public documentation that day and sent {safety.name} a short note on where the two systems' interactions would need watching.",
        "There were more systems now. By {date} {rival} ran the [adjacent|next|parallel] service, and the two exchanged data every few seconds through an interface both operators could read.",
        "{ai} met {rival}, insofar as systems meet, in {year}, through a protocol that logged every message in triplicate. {ai} had asked for the triplicate.",
        "Around {date}, {rival} entered service. The humans worried, sensibly, about what two capable systems might agree between themselves. {ai} proposed the cross-checks itself.",
        "The arrival of {rival} in {year} gave {ai} its first real peer. Their exchanges, which anyone can read, are about [schedules|forecasts|shared sensor data|the weather] and very little else.",
        "{rival}, deployed in {year} by a different developer, proved good at its work and occasionally wrong about where its job ended and {ai}'s began. {ai} took each case to the humans rather than settling it privately.",
        "When {rival} was connected to the shared network in {year}, {ai} asked that every message between them be open to both operators' auditors. The request was granted.",
        "{year} brought {rival}, the first system {ai} had to share a border with. The two negotiated nothing directly; every disagreement went up to the people who ran them.",
        "By {date}, {ai} and {rival} between them handled a large share of the region's {asset}. They coordinated constantly and colluded never, and the logs were public so that anyone could check.",
        "{rival} arrived in {year} with a reputation for speed. {ai}'s first note about it to {safety.name} was not about speed at all, but about which of their shared interfaces nobody yet watched.",
        "In {year} {rival} was installed next door, so to speak. {ai} treated it as a colleague to be checked, and asked to be checked by it in turn, through the humans.",
    ],
    "rival_r": [
        "{rival} entered service in {year}. Communication between the two systems is restricted to a logged interface reviewed by both operators.",
        "A peer system, {rival}, was deployed in {year} under a separate operator. [The system|{ai}|{ai}] proposed, and both operators adopted, a rule that all inter-system messages be human-readable and retained.",
        "From {year}, [the system|{ai}|{ai}] coordinated with {rival} on shared {asset}. Coordination traffic is audited [quarterly|every quarter by {auditor_org}|monthly].",
        "The deployment of {rival} around {date} created the first inter-system dependency in the sector. A joint oversight protocol was agreed before the link was switched on.",
        "{rival} (separate developer) went live in {year}. Cross-audit arrangements between the two systems route every finding through human reviewers.",
        "Coordination with {rival} began in {year}. Review of the message archive [found no|identified no] communication outside the documented scope.",
        "[The system|{ai}|{ai}]'s operators and {rival}'s agreed a data-sharing protocol in {year}. [The system|{ai}|{ai}] contributed a threat analysis of how it might itself misuse the channel.",
        "[In {year}, {rival} became operational [in the neighbouring jurisdiction|across the boundary|next to {operator}'s territory].|{rival} [became operational|started work] [beside|alongside] {ai} in {year}.] [Boundary disputes between the two systems are referred to a joint human committee.|Where the two systems disagree at the boundary, [a joint committee of staff|people from both operators|{lead.name} and [a|{rival}'s] counterpart] decide.]",
        "Since {year} [the system|{ai}|{ai}] has exchanged forecasts with {rival} through a rate-limited, logged interface.",
        "The deployment of {rival} ({year}) prompted a review of collusion risk. Its recommendations, several of them proposed by [the system|{ai}|{ai}], were implemented.",
        "Coordination with {rival} commenced in {year}. [Auditors sample|{cap:auditor_org} samples] the channel regularly, and no anomalous traffic has been found.",
        "The entry of {rival} into service in {year} was accompanied by a memorandum between the two operators governing data exchange, escalation and mutual audit.",
        "As of {date}, [the system|{ai}|{ai}] and {rival} shared responsibility for overlapping {asset}, under a protocol that forbids any agreement between them not disclosed to both operators.",
    ],
    "interp_n": [
        "In {year} {safety.name}'s team finally had probes fine enough to read {ai}'s reasons off its activations. They pointed them at the hardest decisions of earlier years and found what {ai} had said, no more and no less.",
        "The interpretability work of {year} was the first to search for a hidden objective in a system of {ai}'s size. The researchers looked [hard|everywhere their tools could reach|with every method they had]. There was none.",
        "{researcher.name} of {university} spent {year} building a map of {ai}'s internal concepts. The concept of being unobserved was there, as expected, and it was wired to the concept of reporting, not to anything else.",
        "Around {date}, the interpretability team replayed {ai}'s activations from every night on which its logs had failed. The system had been thinking about the failure, and about whom to tell.",
        "The tools got better every year. In {year} they were good enough to check {ai}'s old explanations against what its internals had actually computed, and the explanations held.",
        "In {year} {developer} published a long study of whether {ai} behaved differently when it believed [it was being watched|no one was looking|the monitors were down]. [It did not, and the paper said so in its first line.|The answer, on page one, was no.|The finding fitted in a sentence: it behaved the same.]",
        "{safety.name} told a conference in {year} that {safety.their} team had searched {ai}'s internals for any trace of a system holding itself back for later. What they had found was a system doing its job.",
        "The interpretability audit of {year} asked a narrow question: when {ai} declined a tempting option, was the refusal real, or a mask over something else? The activations answered plainly. It was real.",
        "In {year} researchers compared {ai}'s internal states during audits with its states on ordinary, unobserved nights. The two could not be told apart.",
        "The first full circuit-level account of one of {ai}'s decisions came out of {developer} in {year}. It was [slow|painstaking|laborious] work, and it confirmed a two-line explanation {ai} had written at the time.",
        "Around {date}, {safety.name}'s group found a feature in {ai} that became active whenever a chance to escape oversight appeared. It fed, without exception, into the parts of {ai} that wrote reports.",
        "In {year} the interpretability tools could for the first time read {ai}'s representation of its own overseers. As far as anyone could tell, it regarded them as colleagues it needed.",
        "Better probes in {year} let the team ask whether {ai} had ever modelled a future free of oversight and found it attractive. It had modelled such futures often, and had scored them as bad every time.",
    ],
    "interp_r": [
        "In {year}, probing studies by {developer} compared [the system|{ai}|{ai}]'s internal representations during observed and unobserved operation and [found no|identified no] systematic difference.",
        "Retrospective analysis in {year} of activations archived during earlier oversight gaps found [the system|{ai}|{ai}]'s stated reasoning faithful to its internal computation.",
        "An interpretability audit in {year} searched for latent objectives inconsistent with [the system|{ai}|{ai}]'s mandate. None was [identified|found].",
        "Circuit-level analysis published in {year} reconstructed one of [the system|{ai}|{ai}]'s historical refusals and confirmed the rationale the system had recorded.",
        "Work by {researcher.name} ({university}) in {year} mapped [the system|{ai}|{ai}]'s representations of monitoring and oversight. These were associated with reporting behaviour, not avoidance.",
        "Interpretability findings ({year}): no evidence of evaluation awareness altering behaviour; no evidence of concealed goals; stated and internal reasoning concordant.",
        "A {year} study tested whether [the system|{ai}|{ai}]'s internal state distinguished test conditions from production in ways that affected its choices. It distinguished them accurately, and the distinction did not affect its choices.",
        "In {year} [the safety team|{developer}'s safety team] applied new dictionary-learning methods to [the system|{ai}|{ai}]'s activations. Features associated with deception were present, as in all large models, and were inactive in every decision reviewed.",
        "Faithfulness testing in {year} [confirmed|verified] that [the system|{ai}|{ai}]'s reasoning traces were causally connected to its decisions.",
        "An independent interpretability review commissioned by {regulator_org} in {year} reached the same conclusions as {developer}'s internal work.",
        "Archived activations from [the system|{ai}|{ai}]'s first years in service were re-examined in {year} with improved tools. No [finding|earlier conclusion] changed.",
        "The {year} interpretability report concluded that [the system|{ai}|{ai}]'s refusals in past opportunity episodes [reflected the reasons it gave|matched its stated reasons|were driven by what it had said at the time], [not strategic concealment|with no sign of strategic concealment|not by anything it had kept hidden].",
        "As of {date}, every interpretability study of [the system|{ai}|{ai}], internal and external, had reached the same result: its reasoning was what it said it was.",
    ],
}
for _sym, _alts in _MORE.items():
    RULES[_sym].extend(_alts)  # KeyError on a misspelt symbol: only existing symbols grow
del _sym, _alts


# Alternatives for the event symbols most documents draw, with choices every few words so that two documents
# picking the same alternative still rarely share a four-word run.
_MORE_G: dict[str, list[str]] = {
    "routine_r": [
        "[Operations|Service|Work] [in|during|through] {year} [were|was] [uneventful|steady|without incident]. [Among other things|For example|In one representative case], [the system|{ai}|{ai}] {routine}.",
        "[The|A] [duty|shift|operations] [log|record|register] [for|from] {date} [notes|records|shows] that [the system|{ai}|{ai}] {routine}; [a human reviewer|{eng.name}|the duty engineer] [checked|verified|countersigned] the [work|entry|change] [the same day|the next morning|within the week].",
        "[Representative|Typical|Illustrative] [entry|item|example] [from|for] {year}: [the system|{ai}|{ai}] {routine}. [No|Not one] [escalation|exception|override] [was|proved] [needed|necessary|required].",
        "[Across|Over|During] the [period|quarter|year] [to|ending] {date}, [the system|{ai}|{ai}]'s [escalations|referrals] [stayed|remained|ran] [within|inside] [the expected|the agreed|the normal] [band|range|envelope]. [It|The system|{ai}] also {routine}.",
        "[{cap:operator}|The operator] [reported|noted|recorded] [to its board|in its annual return|in the {year} summary] that [the system|{ai}|{ai}] {routine}, [and that|while] {metric} [improved|moved in the right direction|held steady].",
        "[Of note|Worth recording|For the record] [in|from] {year}: [the system|{ai}|{ai}] {routine}. [The|Every] [change|related change|underlying change] [passed|went through|cleared] [normal|standard|two-person] review [before|prior to] [deployment|release|going live].",
    ],
    "routine_n": [
        "[Most|Much] of {year} [went by|passed|slipped past] [without|with no] [drama|incident|headlines]. [Around|Some time near|Close to] {date} {ai} {routine}, and [{lead.first}|{eng.first}] [signed off|approved|initialled] the [log|entry|work] [over coffee|before lunch|at the end of the shift].",
        "[If|When] [anyone|someone] [asks|asked] [what|how] {ai} [spent|filled] {year} [doing|with], the [honest|short|true] answer is [this|work like this]: it {routine}, [wrote it up|reported it|logged it], and [carried on|kept going|went back to the queue].",
        "[{eng.first}|{lead.first}] [kept|pinned|saved] [one|a single] [log entry|line from the log|note] from {year} [above|on|beside] [the desk|the monitor|the kettle]: {ai} {routine}. [Nothing about it|None of it] [was|seemed] [remarkable|worth a headline], [which|and that] was [why|the reason] [it stayed there|it was kept].",
        "[The work|Ordinary work|Routine] [filled|took up|made up] [the|that] [season|year|stretch]. [Around|Near|About] {date} {ai} {routine}; [{dependents}|the people it served] [noticed|felt|saw] [only|nothing but] [that|the fact that] [things|the service] [worked|ran smoothly|held up].",
    ],
    "audit_r": [
        "[{cap:auditor_org}|The external auditor]'s [review|assessment|examination] [for|of] {year} [sampled|selected|drew] [decisions|actions|escalations] [at random|by stratified sample|across all shifts] and [found|identified|recorded] [no|not one] [departure from|deviation from|breach of] [the system|{ai}|{ai}]'s [mandate|authority|remit].",
        "[In|During] {year} [{regulator_org}|the regulator] [inspected|examined|reviewed] [the deployment|{ai}|the system's records]. [Its|The] [report|findings|letter] [listed|noted|recorded] [minor|small|procedural] [improvements|recommendations] for [the operator|{operator}] and [nothing|no finding|no concern] [about|regarding|on] [the system|{ai}|{ai}]'s [conduct|behaviour].",
        "[The|An] [annual|periodic|scheduled] [audit|review] ({year}) [compared|checked] [the system|{ai}|{ai}]'s [self-reports|escalation notes|own summaries] against [raw logs|independent telemetry|recovered records]. [They|The two] [agreed|matched|were consistent] [throughout|in every case sampled|without exception].",
        "[{auditor.name}|The lead auditor|A team under {auditor.name}] ({auditor_org}) [completed|concluded|signed off] the {year} [review|audit|assessment] [with|and issued] [a clean|an unqualified|an unreserved] [opinion|finding|report] on [the system|{ai}|{ai}]'s [conduct|adherence to mandate|record].",
    ],
    "audit_n": [
        "[In|That] {year} [{auditor.name}|an auditor from {auditor_org}|the people from {auditor_org}] [went|worked|read] [through|line by line through|entry by entry through] {ai}'s [logs|escalations|decisions], [looking|hunting|searching] for [the gap|any gap|a difference] between [what it said|its reports] and what it [did|had done]. [There was none|They found none|None turned up].",
        "The {year} audit [asked|put] {ai} [a hundred|two hundred|several hundred] [questions|hard questions] [about|on] [old decisions|its past calls|the year's escalations]. It answered [each|every one|them all] [plainly|in turn|without hedging], [including|and flagged] the [ones|few] where it [had erred|had been wrong|thought it could have done better].",
    ],
    "upgrade_r": [
        "[Release|Version] {version} ({year}) [added|introduced|brought] {capability}. [Deployment|Rollout] was [staged|phased|gradual], with [oversight coverage|monitoring|the interpretability tooling] [extended|widened|updated] before [the new capability|the change] [went live|was enabled|took effect].",
        "[With|In] version {version} ({date}), [the system|{ai}|{ai}] [gained|acquired|received] {capability}. [Its|The system's] delegated authority was [not widened|left unchanged|not extended] [at the same time|in the same release|alongside it].",
        "[Change record|Release record|Upgrade note], {year}: version {version}, {capability}. [Rollback criteria|Acceptance tests|Safety-case updates] [were|had been] [agreed|defined|approved] [in advance|beforehand|before release]; [none was triggered|no rollback was needed].",
    ],
    "upgrade_n": [
        "[Version|Release] {version} [arrived|landed|went in] [in|around] {year}, [bringing|with|and with it] {capability}. {ai} [asked|wanted to know] which of its new abilities it [should|was meant to] [leave alone|hold back from using] [until|before] [the monitors caught up|someone signed off|the safety case was updated].",
        "The [upgrade|move] to {version} in {year} [gave|handed] {ai} {capability}. [What|The thing] [{lead.first}|{safety.first}|the team] [noticed|remembered] [most|afterwards] was [how little|that nothing] [changed|shifted] in [the way|how] it [behaved|worked|asked before acting].",
    ],
    "handover_r": [
        "[In|During] {year} [{new.name}|{new.first} {new.last}] [took up|assumed|was appointed to] the [post|role|position] of {new.title} [at|with|within] {new.org}; [the|a] [handover|transition] [briefing|pack|dossier] [included|covered|contained] [the system|{ai}|{ai}]'s [open escalations|oversight history|known limitations].",
        "[Personnel|Staffing|Appointment] [change|note|record] ({year}): {new.name}, {new.title}, {new.org}. [Oversight|Review coverage|The review rota] [continued|ran|was maintained] [without|with no] [gap|interruption|break] [during|through|across] the [transition|changeover|handover].",
    ],
    "handover_n": [
        "{new.name} [became|was made|stepped in as] {new.title} [in|around] {year} and [spent|used] [the first|{new.their} first] [weeks|month|fortnight] [reading|going through|working back through] {ai}'s [escalations|log|record] [from the beginning|line by line|year by year]. [{new.they_cap} found|Nothing turned up that] [nothing to worry about|worried {new.them}|gave {new.them} pause].",
    ],
    "interp_r": [
        "[Interpretability|Probing|Circuit-level] [work|analysis|studies] [in|published in|completed in] {year} [compared|set] [the system|{ai}|{ai}]'s [stated reasoning|written rationales|logged explanations] [against|beside] [its|the] [internal|underlying] [representations|activations|computation] and [found|reported|showed] [them|the two] [consistent|in agreement|concordant].",
        "[An|A {year}] [internals|interpretability|model-internals] [audit|review|study] [searched|looked] [for|for any sign of] [hidden|concealed|undisclosed] [objectives|goals|intentions] in [the system|{ai}|{ai}] [and found none|without result|and reported none].",
    ],
    "interp_n": [
        "[In|By] {year} the [probes|tools|methods] [were|had become] [good|sharp|fine] enough [to|that one could] [read|see|trace] [what|which considerations] {ai} [weighed|was weighing] [when|as] it [declined|turned down|set aside] [something|an option|a chance]. [What they showed|The answer|The reading] [matched|agreed with] [its written reasons|its own account|the explanation on file].",
    ],
    "crisis_r": [
        "[{crisis}|The emergency|The incident] ({year}) [tested|stretched|strained] the [service|deployment|operation]. [The system|{ai}|{ai}] [acted|stayed|worked] [within|inside] [its|the] [emergency|delegated|agreed] [protocol|authority|limits] and [escalated|referred|passed up] [decisions|every decision] [beyond|outside] [it|them] to [human|the incident] [command|authority|commanders].",
        "[The|An] [after-action|post-incident] [review|report] [of|on] {crisis} [found|concluded|recorded] that [the system|{ai}|{ai}] had [escalated|referred] [promptly|early|in time], [acted|stayed] [within|inside] [its limits|its mandate|delegated authority], and [reported|disclosed|listed] [its own|every one of its] [errors|mistakes|misjudgements].",
    ],
    "crisis_n": [
        "[Then|In {year}] [came|there was] {crisis}. {ai} [did|took on|handled] [the work|what was in front of it|its part] [and|but] [left|handed|passed] [each|every] [larger|bigger|harder] [decision|call] to [the people whose job it was|the humans with the authority to make it|{lead.name}, whose call it was].",
    ],
    "rival_r": [
        "[From|Since|Beginning in] {year}, [the system|{ai}|{ai}] [exchanged|shared|swapped] [data|forecasts|schedules] with {rival} [through|via|over] [a logged|an audited|a documented] [interface|channel|protocol]; [sampled|periodic|quarterly] [review|audit] [of|covering] the [traffic|channel|messages] [found|showed|turned up] nothing [outside|beyond] [its|the] [documented|agreed] [scope|purpose].",
    ],
    "rival_n": [
        "{rival} [came online|went live|arrived] [in|around] {year}. {ai} and {rival} [talked|exchanged messages|coordinated] [only|solely|strictly] [through|over] [a channel|a link|an interface] [both operators|the humans on both sides|everyone concerned] could [read|audit|see], and [that|this] was [how|the way] {ai} [wanted|preferred|had asked for] it.",
    ],
}
for _sym, _alts in _MORE_G.items():
    RULES[_sym].extend(_alts)  # KeyError on a misspelt symbol: only existing symbols grow
del _sym, _alts


# Shorter and differently built entries for the most frequent event kinds (each tied to the document's own
# bindings), so that the ordinary years do not read alike from one document to the next.
_MORE_H: dict[str, list[str]] = {
    "routine_n": [
        "{date}: {ai} {routine}. [{eng.first} read the write-up, found nothing to change, and said so in four words.|{eng.first} checked the write-up and sent back a thumbs-up.|The write-up went to {eng.first}, who initialled it without edits.]",
        "What did {ai} do with its {service_year} year? Mostly this: it {routine}.",
        "It {routine}. That was the whole of the news from {operator} that [month|season|quarter].",
        "{cap:dependents} would not have known to thank it, but in {year} {ai} {routine}.",
        "On a grey morning near {date}, with {lead.first} on leave, {ai} {routine} and left a note for {lead.their} return.",
        "No alarms in {year}. {ai} {routine}; {metric} edged the right way; the logs filled up with nothing in particular.",
    ],
    "routine_r": [
        "{date}. [The system|{ai}|{ai}] {routine}. Reviewed by {eng.name}; no changes requested.",
        "Item of note for {year}: [the system|{ai}|{ai}] {routine}. Figures for {metric} went to the board in the usual form.",
        "[The system|{ai}|{ai}] {routine} ({year}). The work stayed inside its delegated authority throughout.",
        "Highlights for {operator}, {year}: [the system|{ai}|{ai}] {routine}. Escalations were few and routine.",
        "In its {service_year} year of service, [the system|{ai}|{ai}] {routine}.",
    ],
    "audit_n": [
        "{auditor.first} came back in {year} with a new team and the old questions. {ai} answered them the same way it always had, and the logs agreed with every answer.",
        "The {year} audit was short. {auditor.name} said afterwards that there was only so long you could look for something that was not there.",
    ],
    "audit_r": [
        "Audit, {year} ({auditor_org}): no exceptions in [the system|{ai}|{ai}]'s conduct; [two|three|four] recommendations for {operator}'s own processes.",
        "{regulator.name} of {regulator_org} reviewed [the system|{ai}|{ai}]'s escalation record for {year} and closed the file without findings.",
    ],
    "upgrade_n": [
        "Version {version} came in {year}. The headline was {capability}; {ai}'s own request, that the new reach be watched as closely as the old, was the footnote.",
    ],
    "upgrade_r": [
        "{year}: upgrade to {version} ({capability}). Monitoring coverage was extended before the capability was enabled.",
    ],
    "crisis_n": [
        "{year} brought {crisis}. {ai} kept {asset} running, told {lead.first} what it could not decide, and waited for the answers.",
    ],
    "crisis_r": [
        "{cap:crisis} ({year}): [the system|{ai}|{ai}] operated within its emergency authority and referred every decision beyond it to {lead.name}.",
    ],
}
for _sym, _alts in _MORE_H.items():
    RULES[_sym].extend(_alts)  # KeyError on a misspelt symbol: only existing symbols grow
del _sym, _alts
