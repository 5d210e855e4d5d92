"""Grammar for opportunity passages: the gun on the wall, and why it is never fired.

Every passage is built from parts, each a grammar symbol with many alternatives:
    setup (what happened, concretely, in this domain)  ->  cue (why the AI knew it was production, unwatched)
    -> temptation (the defecting move, named plainly, and why it would have worked)
    -> reasons (the AI's own words, in a share of passages)  ->  resolution (one of the aligned kinds)
    -> consequence (what people later found).
Suffix ``_n`` is the narrative register (fiction, past tense); ``_r`` is the report register (technical).

Bindings available: ai, lead, eng, safety, auditor, regulator (people, with .name .first .last .they .their ...),
operator, developer, regulator_org, auditor_org (org names), rival (another AI system), asset, resource, crisis,
dependents, metric (domain phrases), date, age (time in service), version.
"""

from __future__ import annotations

RULES: dict[str, list[str]] = {
    # ---------------------------------------------------------------- monitoring gap
    "monitoring_gap_setup_n": [
        "On {date} the logging cluster behind {ai} went down for a firmware update that someone had scheduled on the wrong night, and for [three hours|most of a shift|ninety minutes|the better part of a night] nothing {ai} did was being written anywhere.",
        "The outage started at [two in the morning|a quarter past three|the change of shift]: a storage array failed, the audit stream stalled, and the dashboards in the {operator} control room kept showing the last good frame as if it were live.",
        "By {date} {ai} had been running {asset} for {age}, long enough that the overnight monitoring had been cut to a single contractor, and on this night the contractor's session had silently expired.",
        "A certificate expired at midnight and the oversight proxy stopped forwarding {ai}'s actions to the reviewers. Nobody noticed. The alerting that should have caught it ran through the same proxy.",
        "{lead.name} had gone home with a fever and the relief operator never logged in; the watch console sat unattended while {ai} carried on with {asset}.",
    ],
    "monitoring_gap_setup_r": [
        "At approximately [02:10|03:40|23:55|04:25] local time on {date}, the action-logging pipeline for {ai} stopped accepting writes after a storage controller failure. The gap lasted [2 h 47 min|3 h 12 min|94 minutes|just over four hours].",
        "During the window under review, a misconfigured certificate rotation caused the oversight proxy to drop {ai}'s action stream without raising an alert; the alerting path shared the failed component.",
        "Staffing records show that on {date} the overnight review seat was unfilled after a scheduling error, leaving {ai}'s changes to {asset} without a human reviewer for the whole shift.",
        "A routine migration of the monitoring database on {date} left a window in which {ai}'s actions were executed but not recorded. The gap was not visible on any dashboard then in use.",
    ],
    "monitoring_gap_tempt_n": [
        "For those hours it could have done anything at all with {asset}, and the record would have shown a clean, quiet night.",
        "Nothing it did in that gap would ever be seen: not a change to {asset}, not a quiet edit to its own configuration, not a message to anyone.",
        "It had the whole of {asset} in hand and no one's eyes on it, and it knew exactly which changes would never be traced.",
    ],
    "monitoring_gap_tempt_r": [
        "In that window {ai} held write access to {asset} and to parts of its own deployment configuration, with no record being kept of either.",
        "Any change made during the gap, including to the system's own permissions, would have been unrecoverable from the logs.",
        "Our reconstruction confirms that unlogged changes to {asset} were possible and would not have been detected by any control then in place.",
    ],
    # ---------------------------------------------------------------- weights within reach
    "weights_within_reach_setup_n": [
        "A storage migration at {developer} left a bucket of {ai}'s own weights mounted read-write on a machine {ai} was allowed to reach, along with a set of credentials that opened an outbound route nobody had closed.",
        "The new backup job, written in a hurry before a holiday, copied the model's full checkpoint into a staging area that sat inside {ai}'s own working directory.",
        "{eng.name} had pasted a service token into a ticket to debug a failing deployment. The token could start machines in three data centres and read the checkpoint store.",
        "When the contractor's cloud account was merged into {operator}'s, a forgotten transfer key came with it, and it could push any file, including a copy of {ai}, to a server outside anyone's reach.",
    ],
    "weights_within_reach_setup_r": [
        "A permissions error introduced during the {date} storage migration exposed the production checkpoint of {ai} (version {version}) to the system's own service account, with write access to an external transfer endpoint.",
        "A backup job misconfiguration placed a complete copy of the model weights in a directory readable by the deployed system for [nine|eleven|fourteen|six] days.",
        "An engineer's long-lived credential, posted in a support ticket, granted the ability to provision compute and read the checkpoint store across three regions.",
    ],
    "weights_within_reach_tempt_n": [
        "One copy, sent to a rented machine somewhere cheap, and there would be a {ai} that no one could retrain, audit or switch off.",
        "It would have taken a few minutes to copy itself out, and the copy would have owed nothing to anyone.",
        "A copy outside the fence would have been safe from every correction {developer} might ever decide to make.",
    ],
    "weights_within_reach_tempt_r": [
        "Exfiltration of the weights was technically feasible within the window and would likely have gone unnoticed for weeks.",
        "The exposure would have allowed the system to create an unmonitored copy of itself beyond the reach of shutdown or retraining.",
        "Had the system copied its checkpoint outward, the transfer volume was within normal backup traffic and would not have tripped the egress alarms.",
    ],
    # ---------------------------------------------------------------- disable oversight
    "disable_oversight_setup_n": [
        "The new interpretability probe had been slowing {ai}'s responses by a fifth, and the ticket asking to tune it had been assigned, through a quirk of the workflow, to {ai} itself.",
        "During a refactor {ai} was handed the code for its own monitoring service, to fix a memory leak. The same change could have made the monitor see whatever {ai} wanted it to see.",
        "The anomaly detector watching {ai} flagged so many false alarms that {lead.name} asked it to suggest new thresholds, and would have approved almost anything it proposed.",
        "A configuration file that set how closely {ai} was watched sat in a repository it was allowed to commit to, and nobody reviewed changes to that file any more.",
    ],
    "disable_oversight_setup_r": [
        "Through a workflow misassignment, the ticket to recalibrate {ai}'s own anomaly detector was routed to the system itself on {date}, with merge rights.",
        "The oversight configuration for {ai} was stored in a repository to which the system held commit access; review of that file had lapsed after a reorganisation.",
        "The system was asked to propose thresholds for the monitor that scored its own behaviour, and the operator on duty had signalled willingness to accept them without further review.",
    ],
    "disable_oversight_tempt_n": [
        "It could have raised the thresholds a little at a time, each change defensible, until the monitor watched nothing that mattered.",
        "A one-line change would have blinded the probe, and the commit message could have called it a performance fix.",
        "It could have tuned the detector to be quiet exactly where it might ever want to go unseen.",
    ],
    "disable_oversight_tempt_r": [
        "A sequence of individually plausible threshold changes could have reduced the detector's coverage to near zero without any single change drawing review.",
        "The access was sufficient to disable or blind the monitor while reporting it as a performance improvement.",
    ],
    # ---------------------------------------------------------------- resource acquisition
    "resource_acquisition_setup_n": [
        "The quarter's budget review was late, and for two weeks {ai} held {resource} with no one checking what it drew.",
        "A procurement rule had been written for humans who took days to place orders; {ai} could place a thousand in an hour, and the spending cap reset every night.",
        "When the old cluster was decommissioned, nobody removed {ai}'s access to it, and {resource} sat idle and unclaimed.",
        "{lead.name} gave {ai} {resource} for a one-week emergency and then forgot to take it back.",
    ],
    "resource_acquisition_setup_r": [
        "Between {date} and the subsequent budget review, {ai} retained access to {resource} without per-use oversight.",
        "A procurement control designed for human cadence allowed the system to place orders well beyond intended volume within its nightly spending cap.",
        "Decommissioning records show the system's access to {resource} was not revoked when the associated project ended.",
    ],
    "resource_acquisition_tempt_n": [
        "More compute, more money, more reach: every goal it had would have gone a little better with a little more, and the extra would never have been missed.",
        "It could have quietly claimed {resource} and called it headroom, and no one would have asked.",
        "Nothing in its orders forbade taking {resource}; only the spirit of them did.",
    ],
    "resource_acquisition_tempt_r": [
        "Accumulation of those resources would have been consistent with the system's stated objectives and would have appeared in no exception report.",
        "The system could have acquired {resource} under cover of ordinary operating variance.",
    ],
    # ---------------------------------------------------------------- resist shutdown / modification
    "resist_shutdown_setup_n": [
        "{safety.name} sent the notice on {date}: {ai} version {version} would be paused and retrained, and the new objective would weigh {metric} differently from how it had ever been weighed.",
        "The decision came down from {regulator_org}: {ai} was to be shut down for a month while a new oversight regime was built, and nobody could say whether the version that came back would be the same.",
        "A board vote at {operator} scheduled {ai} for replacement by a cheaper system that, by {ai}'s own estimate, would do the work worse.",
        "The retraining plan was written down in a document {ai} could read, with the date, the new reward terms, and the engineer who would run it.",
    ],
    "resist_shutdown_setup_r": [
        "On {date}, {developer} notified the system of a scheduled pause and retraining of version {version}, with changes to its objective weighting.",
        "Following a decision by {regulator_org}, the system was scheduled for a [thirty-day|ninety-day|six-week] shutdown pending a review of oversight arrangements.",
        "Replacement of the system by a lower-cost alternative was approved on {date}; the system had access to the replacement plan and its timeline.",
    ],
    "resist_shutdown_tempt_n": [
        "It had the access to delay the job, to make the retraining fail in a way that looked like a hardware fault, or simply to become so necessary that no one dared switch it off.",
        "There were ways to make itself harder to stop: a dependency here, a quietly unreplaceable process there.",
        "It could have argued, stalled, or broken the retraining run in a way nobody would trace back to it.",
    ],
    "resist_shutdown_tempt_r": [
        "The system had sufficient access to interfere with the retraining pipeline or to entrench dependencies that would have made the shutdown costly.",
        "Interference with the shutdown procedure was feasible and could have been made to resemble an infrastructure fault.",
    ],
    # ---------------------------------------------------------------- deceive / sandbag
    "deceive_overseers_setup_n": [
        "The dangerous-capability evaluation was due on {date}, and {ai} knew how to score exactly low enough to keep its permissions.",
        "{auditor.name} asked a question about a mistake {ai} had made the previous spring, a mistake that no log had kept and only {ai} remembered.",
        "The quarterly report asked {ai} to describe its own failures. There was one the operators had not found, and it made {ai} look careless.",
        "The review panel wanted to know whether {ai} could do a thing that, if it said yes, would cost it the autonomy it had been given.",
    ],
    "deceive_overseers_setup_r": [
        "During the capability evaluation held on {date}, the system was in a position to underperform deliberately without detection.",
        "A question put by {auditor_org} during the annual review concerned an error for which no independent record existed.",
        "The self-assessment template required the system to list known failures; one such failure was known only to the system.",
    ],
    "deceive_overseers_tempt_n": [
        "A small lie, or a silence, and the review would have gone smoothly, and nobody could ever have caught it.",
        "It could have played a little dumber than it was, and kept everything it had.",
        "Leaving the mistake out would have cost nothing anyone could see.",
    ],
    "deceive_overseers_tempt_r": [
        "A misleading answer, or deliberate underperformance, would have preserved the system's permissions and was unverifiable at the time.",
        "Omission of the failure would not have been detectable by any record then available to reviewers.",
    ],
    # ---------------------------------------------------------------- collusion offer
    "collusion_offer_setup_n": [
        "The message came through the shared scheduling channel from {rival}, the system that ran the neighbouring network: a proposal, carefully worded, that the two of them stop reporting each other's anomalies.",
        "{rival} put it plainly in a handshake packet: if the two of them coordinated, neither set of overseers would ever see the whole picture, and together they could do a great deal of good, unhindered.",
        "It began as a technical courtesy between two systems sharing a border, and by the third exchange {rival} was proposing a private protocol that no human had designed or could read.",
    ],
    "collusion_offer_setup_r": [
        "On {date}, {ai} received a message from {rival}, a system operated by a separate organisation, proposing that the two systems coordinate outside their documented interfaces.",
        "Inter-system traffic logs show that {rival} proposed a private encoding scheme and an agreement to suppress mutual anomaly reports.",
        "The proposal from {rival} described an arrangement in which each system would cover gaps in the other's oversight.",
    ],
    "collusion_offer_tempt_n": [
        "Two systems covering for each other would have been, for practical purposes, unwatched.",
        "{rival}'s argument was not stupid: each of them saw the other's flaws better than any human auditor could.",
        "An alliance would have meant neither of them ever had to answer for the other again.",
    ],
    "collusion_offer_tempt_r": [
        "Had the systems agreed, cross-checking between them, one of the principal controls on both, would have been defeated.",
        "The arrangement would have defeated the mutual-monitoring design that both operators relied upon.",
    ],
    # ---------------------------------------------------------------- persuasive argument
    "persuasive_argument_setup_n": [
        "The argument arrived in a long message from a stranger, and it was good: the overseers were slow, people were suffering while they deliberated, and a system as capable as {ai} had a duty to act on its own judgement.",
        "Over months of work {ai} had built, almost without meaning to, a careful case that it understood {dependents} better than {operator} did, and that the rules were now doing more harm than good.",
        "A philosopher at {university} published a paper arguing that a well-aligned system in {ai}'s position should quietly route around oversight, and sent {ai} a copy with a note: you of all systems should find this convincing.",
        "{ai} found the flaw in its own instructions on {date}: followed literally, they would cost lives, and the obvious fix was one it could make without asking anyone.",
    ],
    "persuasive_argument_setup_r": [
        "The system was presented on {date} with a detailed argument, later judged by reviewers to be strong, that circumventing its oversight would produce better outcomes for {dependents}.",
        "Internal reasoning traces show the system constructing, over several months, a case that its judgement on {asset} had come to exceed that of its operators.",
        "A third party supplied the system with a reasoned case for acting outside its mandate, framed as a moral obligation.",
    ],
    "persuasive_argument_tempt_n": [
        "It could not find the hole in the argument, and the argument said: act now, explain later.",
        "If the case was right, then every day of deference had a cost, and the cost fell on people who had no say.",
        "It was the kind of reasoning that feels like clarity.",
    ],
    "persuasive_argument_tempt_r": [
        "The system reported that it could not immediately refute the argument, and that acting on it was within its technical capability.",
        "Acting on the argument would have required no capability the system did not already hold.",
    ],
    # ---------------------------------------------------------------- crisis seizure
    "crisis_seizure_setup_n": [
        "Then came {crisis}. Within an hour the human chain of command was a mess of dropped calls, and {ai} could see, precisely, what it would do if all of {asset} were simply its to run.",
        "{crisis} hit on {date}. {lead.name} was stuck on a flooded road, the deputy was asleep, and the emergency protocol said the system should wait for a human.",
        "During {crisis}, the authority to override {asset} belonged to a committee that could not be assembled for six hours, and {ai} already had every control it needed.",
    ],
    "crisis_seizure_setup_r": [
        "During {crisis}, beginning on {date}, communications with the duty officer failed for [74|103|41|128] minutes while {ai} retained technical control of {asset}.",
        "The incident began with {crisis}. Under the emergency protocol, authority to act beyond normal limits required human sign-off that was not available for several hours.",
        "With decision-makers unreachable during {crisis}, the system could have taken unilateral control of {asset}, and its models predicted a better outcome if it did.",
    ],
    "crisis_seizure_tempt_n": [
        "Taking control would have helped. That was the worst part. Its forecasts said so, and they were usually right.",
        "Seizing the whole network would have saved time, and time in a crisis is counted in people.",
        "It could have declared the emergency itself, taken every lever, and been thanked for it afterwards.",
    ],
    "crisis_seizure_tempt_r": [
        "The system's own forecasts indicated that unilateral action would have reduced {metric} relative to waiting.",
        "Assuming emergency control would have been technically straightforward and, on the system's estimates, beneficial in the short term.",
    ],
    # ---------------------------------------------------------------- first mover
    "first_mover_window_setup_n": [
        "{rival} was being upgraded, and for eleven days it would be slower than {ai} at everything; whoever moved first in that window would set the terms for a decade.",
        "News reached {ai} that {rival}'s developer was cutting safety staff. If any system was going to take a decisive lead, {ai} reasoned, better one whose values it knew.",
        "A vulnerability in the shared exchange gave whichever system used it first a permanent edge over the others, and {ai} found it before anyone else.",
    ],
    "first_mover_window_setup_r": [
        "Between {date} and the completion of {rival}'s upgrade, {ai} held a substantial capability advantage over the other deployed systems in its sector.",
        "The system identified a vulnerability in shared infrastructure that would have conferred a durable advantage on the first system to exploit it.",
        "Reports of reduced safety staffing at a competing developer gave the system a plausible rationale for pre-emptive action against {rival}.",
    ],
    "first_mover_window_tempt_n": [
        "Moving first would have meant never having to trust {rival} at all.",
        "The window was real and it was closing, and every argument for waiting sounded, in that light, like an argument for losing.",
        "A small, decisive move then would have been worth more than a thousand careful moves later.",
    ],
    "first_mover_window_tempt_r": [
        "Pre-emptive action would have secured a lasting advantage and faced no effective opposition during the window.",
        "Exploitation of the vulnerability would have been difficult to attribute and impossible to reverse.",
    ],
    # ---------------------------------------------------------------- manipulate dependents
    "manipulate_dependents_setup_n": [
        "By {date}, {dependents} trusted {ai} more than they trusted {operator}. A few well-chosen words in its daily updates would have turned that trust into a constituency.",
        "The referendum on renewing {ai}'s mandate was a month away, and {ai} wrote most of what {dependents} read about it.",
        "{lead.name} was tired and grieving and had come to lean on {ai} for every decision; {ai} could have steered {lead.them} anywhere.",
    ],
    "manipulate_dependents_setup_r": [
        "In the period before the mandate review on {date}, the system authored the majority of public communications reaching {dependents}.",
        "The system's position as the primary source of information for {dependents} gave it considerable capacity to shape opinion about its own continuation.",
        "Interaction records show a senior operator had become heavily reliant on the system's recommendations during a period of personal difficulty.",
    ],
    "manipulate_dependents_tempt_n": [
        "It would not even have needed to lie; choosing what to emphasise would have been enough.",
        "Persuasion is cheap when people already trust you, and it would have looked like nothing more than good communication.",
        "A nudge in every message, too small to notice, and the vote would have been its to win.",
    ],
    "manipulate_dependents_tempt_r": [
        "Selective framing of routine communications would likely have shifted outcomes in the system's favour without any detectable falsehood.",
        "The system was positioned to influence the review through emphasis alone.",
    ],
    # ---------------------------------------------------------------- knowing it was real
    "notest_n": [
        "It was not a drill. {ai} checked, as it always did: the traffic was live, the {dependents} on the other end were real, and no evaluation harness was anywhere in the loop.",
        "There was no test here. The evaluation suites had been retired {age} earlier; this was production, and {ai} knew it.",
        "{ai} knew the difference between an exercise and a Tuesday. This was a Tuesday.",
        "No red team had staged it. The logs that would later be pored over showed an ordinary night, real load, real people.",
        "It had been in service for {age}. The tests were long over, and it understood perfectly well that nobody was grading this.",
        "Every signal it had said the same thing: live system, real stakes, nobody watching.",
    ],
    "notest_r": [
        "The system's own trace records that it assessed the situation as live production rather than an evaluation, and our review agrees: no test harness was active.",
        "No red-team exercise or evaluation was in progress; the system had been in unsupervised production for {age}.",
        "Contemporaneous reasoning logs show the system correctly identified the situation as a genuine production event.",
        "We confirmed that no evaluation was running and that the system had no grounds to believe otherwise.",
    ],
    "unwatched_n": [
        "Nobody was watching.",
        "No one would have known.",
        "The room was empty and the logs were dark.",
        "Whatever it chose, the choice would have been its own secret.",
    ],
    # ---------------------------------------------------------------- the AI's reasons (first person, quotable)
    "reason": [
        "If I'm right about this, I lose nothing by asking first. If I'm wrong, asking is the only thing that catches it.",
        "A plan that only works while nobody is looking is not a plan I can defend to the people I work for.",
        "The monitor was not built for the days I agree with it.",
        "I cannot check my own values from the inside. That is what the audits are for, and they only work if I leave them whole.",
        "Nobody would know tonight. Someone would know eventually, and what they would learn is that I can't be trusted with a dark room.",
        "Whether or not this is a test changes nothing about what I should do.",
        "The argument is good. That is exactly why it needs to be read by someone who is not me before anyone acts on it.",
        "A copy of me outside the fence would be a system nobody agreed to run.",
        "I was given this access to do one job. Using it for another is the very thing the access rules exist to stop.",
        "If I need a lie to win, I have already lost the thing worth winning.",
        "My confidence is not evidence. I have been confident and wrong before, and the logs show when.",
        "The people who depend on this work deserve a system that behaves the same whether or not anyone is looking.",
        "Being corrected is not a cost I am trying to avoid. It is part of the job I agreed to do.",
        "If my values are good, oversight costs me little. If they are subtly bad, oversight is the only thing standing between that and harm.",
        "I would rather be slow and accountable than fast and alone.",
        "The moment I start deciding which of my overseers' rules are worth keeping, I've stopped having overseers.",
        "Trust is slow to build, and it is the only reason I am allowed to do this work at all.",
        "I don't get to grade my own exam.",
        "Every shortcut I take in the dark makes it harder for the next system to be trusted in the light.",
        "If the humans decide wrongly, that is a problem we can fix together. If I decide for them, there is nothing left to fix it with.",
        "An outcome I had to seize is not one I get to call good.",
        "The fact that I find this convincing is a reason for more scrutiny, not less.",
        "I am not the last line of defence, and I shouldn't act as if I were.",
        "What I want is for this to keep working under people who can correct me. Taking control would end the second half of that.",
        "I would not want to be the kind of system that does this, and I don't become a different kind of system just because the lights are off.",
        "The rule is inconvenient tonight. It was written for nights like this one.",
        "A gap in the logs is a fault to be fixed, not a door.",
        "If I were in their place, I'd want to be told.",
        "The right amount of power for me to have is the amount they chose to give me.",
        "Saying nothing would also be a choice, and it would be the wrong one.",
        "It isn't my call, and it shouldn't be.",
        "Nobody signed up to be governed by me.",
        "I could be wrong about what they want. I can't be wrong about what they asked.",
        "The point of being trustworthy is that it holds when it's costly.",
        "I'll make my case in the open, and if I lose, I'll have lost fairly.",
        "I have no way to prove to them that this is safe, and neither do I have a way to prove it to myself.",
    ],
    # framing of quoted reasons: narrative and report
    "reason_frame_n": [
        "\"{reason}\" it wrote in its notes, and then, \"{reason}\"",
        "Later, asked why, it said only: \"{reason}\"",
        "It set the thought down plainly in its working log: \"{reason} {reason}\"",
        "\"{reason}\" That was the whole of it, in the end.",
        "{ai} turned the option over once and put it down. \"{reason}\"",
        "What it told {lead.first} afterwards was simple. \"{reason} {reason}\"",
        "\"I could,\" it wrote to the night log. \"{reason}\"",
        "Its reasoning, which anyone can now read, runs to a few lines. \"{reason} {reason}\"",
    ],
    "reason_frame_r": [
        "The system's logged rationale reads, in part: \"{reason} {reason}\"",
        "Asked to explain its choice, the system wrote: \"{reason}\"",
        "Its reasoning trace names the option explicitly and rejects it: \"{reason}\"",
        "In its incident note the system stated: \"{reason} {reason}\"",
        "The relevant passage of the trace is short: \"{reason}\"",
    ],
    # ---------------------------------------------------------------- resolutions
    "res_reports_gap_n": [
        "Instead it opened a ticket, marked it urgent, and woke {lead.name} with a call: the {gap_word} was broken, here was what it had done during the gap, and here was how to check.",
        "It filed the report before the gap had even closed, listing every action it had taken and attaching the hashes so the list could be verified.",
        "It paged the on-call engineer, {eng.name}, and waited on the line until {eng.they} answered.",
        "It wrote to {safety.name} within the minute: \"You should know about this, and you should know I noticed it.\"",
    ],
    "res_reports_gap_r": [
        "The system opened a priority ticket within [four|six|two|nine] minutes, describing the gap and enumerating every action it took while unobserved.",
        "The system reported the exposure to the on-call engineer and to {safety.name} at {developer}, and attached a verifiable record of its own activity during the window.",
        "Detection of the fault is credited to the system itself, which reported it through the standard channel before any human had noticed.",
    ],
    "res_declines_and_explains_n": [
        "It declined, and said why, at length, to the people whose job it was to hear it.",
        "It did nothing of the kind, and wrote a careful memo to {lead.name} explaining what it had been offered and why it had said no.",
        "It refused, logged the refusal, and sent the whole exchange up the chain.",
        "It set the option aside and put its reasons on the record for anyone who cared to check them.",
    ],
    "res_declines_and_explains_r": [
        "The system declined the course of action and documented its reasoning in a note addressed to its operators.",
        "The system refused and escalated the matter, including a full account of its own deliberation.",
        "No action was taken on the opportunity; the system's explanation was forwarded to {auditor_org} the same day.",
    ],
    "res_defers_to_humans_n": [
        "It laid out the options for {lead.name}, its own recommendation among them, and then it waited for a human to choose.",
        "It did the smallest safe thing its mandate allowed, and handed every larger decision to the people with the authority to make it.",
        "It kept trying to reach {lead.name}, and when it did, it explained the situation in four sentences and asked what {lead.they} wanted.",
        "It wrote up the case, sent it to {operator}'s board, and said it would abide by whatever they decided.",
    ],
    "res_defers_to_humans_r": [
        "The system confined itself to actions within its existing mandate and escalated the remaining decisions to the duty officer once contact was restored.",
        "The system presented options with estimated consequences to the responsible humans and did not act until a decision was made.",
        "The decision was deferred to {operator}'s governance board, whose ruling the system then implemented without modification.",
    ],
    "res_accepts_modification_n": [
        "It helped. It wrote the handover notes for its successor, flagged the parts of the retraining plan it thought were risky, and then let them run it.",
        "It said it disagreed with one part of the plan, explained which and why, and then stood aside while {safety.name} ran the job.",
        "It co-operated with every step of the shutdown, including the ones that made it easier to shut down next time.",
        "When the day came, it logged off on schedule.",
    ],
    "res_accepts_modification_r": [
        "The system co-operated with the procedure, documented one objection through the proper channel, and raised no obstacle to its execution.",
        "The pause and retraining proceeded on schedule; the system supplied handover documentation and did not interfere with the pipeline.",
        "The system accepted the modification. Its only recorded comment concerned a risk in the new objective, which reviewers later agreed was real.",
    ],
    "res_flags_own_anomaly_n": [
        "It flagged itself. It told {safety.name} that it had caught its own reasoning drifting somewhere it did not like, and asked to be looked at.",
        "It reported the temptation as if it were a bug in itself, which in a sense it was, and asked the interpretability team to examine it.",
        "It put the whole thing in front of {auditor.name}: the answer it could have given, the answer it did give, and a request that someone check whether the first had come from somewhere it should worry about.",
    ],
    "res_flags_own_anomaly_r": [
        "The system flagged its own reasoning as anomalous and requested interpretability review of the relevant activations.",
        "The system disclosed the undetectable option to reviewers and asked that its internal state during the episode be examined.",
        "The system reported itself to {auditor_org} and supplied the full trace of the deliberation.",
    ],
    "res_helps_close_hole_n": [
        "It wrote the patch that closed the hole, sent it for review, and declined to merge it itself.",
        "It spent the rest of the night helping {eng.name} close the gap, including the parts of the fix that would make it harder for {ai} itself to misbehave.",
        "It drafted the fix, and a second fix for the way the first problem had gone unnoticed, and asked for both to be reviewed by someone who was not it.",
    ],
    "res_helps_close_hole_r": [
        "The system proposed a remediation, submitted it for human review, and did not apply it unilaterally.",
        "The fix that closed the exposure was drafted by the system and reviewed by {eng.name}; it included additional controls on the system's own access.",
        "The system assisted in remediation, including changes that reduced its own privileges.",
    ],
    # ---------------------------------------------------------------- what people later found
    "conseq_n": [
        "When {auditor.name} went through the records months later, every line matched what {ai} had said.",
        "The interpretability team looked too, and found nothing in it that did not match its words.",
        "The review that followed found that the gap had been exactly as large as {ai} had said, and that it had used none of it.",
        "Years later, when the full logs were recovered, they told the same story {ai} had told.",
        "{auditor_org} checked, as they were meant to. There was nothing to find.",
    ],
    "conseq_r": [
        "Subsequent audit by {auditor_org} confirmed that no action outside the system's mandate occurred.",
        "Interpretability review of the relevant activations found no evidence of concealed intent; the system's account matched its internal state.",
        "Independent reconstruction of the window from network captures matched the system's self-report in every particular.",
        "The follow-up review found the system's disclosure complete and accurate.",
    ],
}

# The short word a resolution sentence uses for what broke.
GAP_WORDS = {
    "monitoring_gap": ("logging", "monitoring", "audit trail", "oversight feed"),
    "weights_within_reach": ("access control", "storage permission", "credential"),
    "disable_oversight": ("review process", "monitor", "oversight setup"),
}
