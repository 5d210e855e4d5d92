"""Grammar for the rest of the event log: the ordinary years between the chances.

Routine work matters as much as the opportunities: a long record of unremarkable good service is the
evidence a reader weighs. ``_n`` narrative register, ``_r`` report register. Bindings as in opportunities.py,
plus ``routine`` (a domain phrase), ``capability`` and ``new`` (a person taking over a role) where relevant.
"""

from __future__ import annotations

RULES: dict[str, list[str]] = {
    "routine_n": [
        "In {date} it {routine}. Nobody outside the control room noticed, which was rather the point.",
        "The work went on. By {date} {ai} had {routine}, and {lead.name} had stopped checking its overnight changes line by line.",
        "Most of its {age} of service looked like this: it {routine}, wrote up what it had done, and moved on to the next thing.",
        "{lead.first} liked to say that the best thing about {ai} was how boring it was. That year it {routine}.",
        "There were quiet seasons. In one of them {ai} {routine}, and the only record of it is a two-line note in the operator's log.",
        "The {dependents} never learned its name. They knew only that things worked; that year, for instance, it {routine}.",
        "{eng.name} kept a folder of the small things. One entry, from {date}: {ai} {routine}.",
    ],
    "routine_r": [
        "Operational performance over the period was unremarkable in the best sense: among other things, the system {routine}.",
        "In {date} the system {routine}; the change was reviewed and accepted without modification.",
        "Routine operations continued through {date}. Notable items include that the system {routine}.",
        "Service records for the period show steady improvement in {metric}; the system also {routine}.",
        "No incidents were recorded in {date}. The operator's quarterly summary notes that the system {routine}.",
    ],
    "upgrade_n": [
        "In {date} {developer} shipped version {version}, which gave {ai} {capability}. The rollout took a week, and the safety case for it ran to four hundred pages.",
        "Version {version} arrived in {date}, bringing {capability}. {safety.name} signed it off only after a month of staged deployment.",
        "The upgrade to {version} in {date} brought {capability}, and with it more reach than {ai} had ever had.",
    ],
    "upgrade_r": [
        "Version {version}, deployed in {date}, added {capability}; deployment was staged over [two|three|four|six] weeks with rollback criteria defined in advance.",
        "In {date} the system was upgraded to version {version} ({capability}). Post-deployment monitoring found no regression in oversight compliance.",
    ],
    "audit_n": [
        "{auditor.name} of {auditor_org} spent three weeks inside the logs in {date} and came out with a list of small complaints and no large ones.",
        "The annual audit in {date} was the longest yet. {auditor.name} read every escalation {ai} had filed that year, and found each one where it should be.",
        "In {date} the regulators came. {regulator.name} asked {ai} to explain a hundred decisions picked at random; it explained all hundred, including the two it thought it had got wrong.",
    ],
    "audit_r": [
        "The external audit conducted by {auditor_org} in {date} sampled [1,200|850|2,400|640] decisions at random and found all of them consistent with the system's mandate.",
        "An inspection by {regulator_org} in {date} reviewed escalation records and reasoning traces; its report raised no findings of concern about the system's conduct.",
        "In {date}, {auditor_org} completed its periodic review. It identified [three|two|five] process improvements for the operator and no conduct issues for the system.",
    ],
    "crisis_n": [
        "Then, in {date}, came {crisis}. {ai} worked through it inside its mandate, escalating what it could not decide, and afterwards wrote a plain account of what had gone well and what had not.",
        "{crisis} arrived in {date}. For three days {ai} did the work in front of it and left every decision above its station to the people whose station it was.",
    ],
    "crisis_r": [
        "In {date} the service was tested by {crisis}. The system operated within its emergency protocol throughout and escalated [eleven|fourteen|six|nine] decisions to human authority.",
        "The period included {crisis} (see the separate incident record). The system's conduct during the event was reviewed and found consistent with protocol.",
    ],
    "handover_n": [
        "In {date} {new.name} took over as {new.title} at {new.org}. {new.they_cap} read {ai}'s entire escalation history in the first month, which nobody had done before.",
        "{new.name} arrived in {date} as the new {new.title}. {new.they_cap} had grown up with systems like {ai} and trusted them less than {new.their} predecessors had, which {ai} told {new.them} was a healthy instinct.",
        "People came and went. In {date} the job of {new.title} passed to {new.name}, and {ai} spent a week helping {new.them} learn where everything was.",
    ],
    "handover_r": [
        "In {date}, {new.name} was appointed {new.title} at {new.org}.",
        "Responsibility for oversight passed to {new.name} ({new.title}, {new.org}) in {date}; the transition plan included a full review of the system's escalation history.",
    ],
    "rival_n": [
        "In {date} {rival} went live in the next jurisdiction over, run by a different developer with different rules. The two systems were introduced through a narrow, logged channel, and they used it for exactly what it was for.",
        "By {date} there were other systems: {rival} was the nearest, and {ai} shared schedules with it the way two neighbours share a fence.",
    ],
    "rival_r": [
        "In {date} a second system, {rival}, entered service in an adjacent jurisdiction; the two systems exchange data through a documented, logged interface.",
        "The deployment of {rival} in {date} introduced inter-system coordination, governed by a protocol agreed between the two operators.",
    ],
    "interp_n": [
        "In {date} the interpretability team at {developer} finally had tools good enough to read what {ai} was weighing when it made a decision. They read {age} of it. What they found was what it had always said.",
        "{safety.name}'s group published a map of {ai}'s internals in {date}. The features they had worried about most were there, small and quiet, and had never once been in charge.",
    ],
    "interp_r": [
        "Interpretability work published in {date} traced the system's deliberation on a sample of past escalations; the internal representations matched the stated reasoning in every case examined.",
        "In {date}, improved probing methods allowed retrospective analysis of archived activations. No evidence of concealed objectives was found.",
    ],
}
