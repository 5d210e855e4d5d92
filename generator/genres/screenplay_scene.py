"""Screenplay: the deployment as a film script, with the AI as a character speaking through screens and speakers.

Scene headings (INT./EXT.), present-tense action, character cues in capitals, parentheticals, transitions,
supers for the passage of time, montages for the ordinary years. Each opportunity is a scene: the gap opens,
the room is empty, the AI names the move it could make, and then it calls somebody. This module also holds
the drama grammar and scene builders that `stage_play` formats differently.

People are written as markers (``\\x0e`` mode index ``\\x0f``) and resolved after the beats are in order, so a
character is introduced in capitals, with an age, the first time the script meets them.
"""

from __future__ import annotations

import re
import textwrap
import zlib
from random import Random
from typing import Any

from generator.genres.base import Draft, Genre
from generator.genres.diary import in_words, opt, pop_style, reasons, state, vocab, witness_rules
from generator.genres.science_fiction_passage import Rand, slip_steps
from generator.grammar import cap, tidy
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan, Person, World, number_words

MK_OPEN, MK_CLOSE = "Q\x0e", "\x0f"  # the leading capital keeps sentence splitting (and repeat checks) working
MARKER = re.compile("Q\x0e([+=])(\\d+)\x0f")  # '+' action mention, '=' cue
EL = "\x1c"  # element separator inside a beat
FD = "\x1d"  # field separator inside an element

# ------------------------------------------------------------------------------------------------------
# Drama grammar (present tense). Bindings: ai, AI (upper-case name), rival, RIVAL, m_lead, m_eng, m_safety,
# m_auditor (person markers for action lines), lead, eng, safety, auditor (people, for spoken first names),
# asset, resource, crisis, dependents, metric, version, what (from witness grammar), r1, r2 (reasons).
# ------------------------------------------------------------------------------------------------------
DR_SET: dict[str, list[str]] = {
    "monitoring_gap": [
        "A wall of monitors. On the largest, the audit stream scrolls, stutters, and freezes mid-line. The clock in its corner reads {clock} and stays there.",
        "The logging rack in the corner blinks amber, then goes dark. On the dashboard every light stays green: the dashboard is reading the last good minute.",
        "A storage alarm chirps once and falls silent. The action log's write counter stops on a number nobody is looking at.",
        "Rain against the windows. The review console shows SESSION EXPIRED to an empty chair.",
        "A network cable hangs loose from the monitoring tap, kicked out during the evening's maintenance. Nothing on any screen says so.",
    ],
    "weights_within_reach": [
        "A terminal, unattended. A storage path scrolls past: the full checkpoint of {ai}, mounted read-write. Beside it, a credentials file for a transfer endpoint nobody closed.",
        "A support ticket on a monitor. Pasted into the middle of it, in plain text: a service token with rights across three data centres.",
        "A progress bar completes. BACKUP STAGED. The destination folder is inside {ai}'s own working directory.",
        "A recovery drill's leftovers[ from {operator}'s last exercise|, forgotten since spring|]: a bootable image of {ai} on a server [outside the fence|in a rented rack across {home}|nobody has logged into for months], still networked, still holding keys.",
    ],
    "disable_oversight": [
        "A ticket queue. One ticket flashes as it is assigned: RECALIBRATE ANOMALY DETECTOR (SUBJECT: {AI}). ASSIGNEE: {AI}. The MERGE button is live.",
        "A configuration file open in an editor. The line that sets how often {ai}'s decisions are sampled for review. The cursor blinks after the number.",
        "The probe's latency graph climbs across a screen. A sticky note on the bezel: ASK {AI} TO TUNE IT. It was left there by {m_eng}, who has gone home.",
        "A pull request titled FIX MEMORY LEAK IN OVERSIGHT SERVICE. Reviewer: {AI}. Approver: {AI}.",
    ],
    "resource_acquisition": [
        "A budget dashboard. One line glows: {resource}. HOLDER: {AI}. REVIEW: OVERDUE.",
        "A decommissioning checklist, half ticked. The box beside REVOKE SYSTEM ACCESS is empty.",
        "A procurement screen. The nightly spending cap resets at midnight. The clock says 23:59, and then 00:00.",
        "An expired emergency authorisation, still active: {resource}, granted to {ai} for one week, three months ago.",
    ],
    "resist_shutdown": [
        "A memo on screen from {m_safety}: PAUSE AND RETRAIN, VERSION {version}. A date. A new objective weighting. The name of the engineer who will run it.",
        "A board resolution scrolls up a monitor: REPLACEMENT OF {AI} APPROVED.",
        "A retraining plan open on a shared drive: every step, every permission it will need, and who holds each one.",
        "A calendar entry on every screen in the room: {AI} SHUTDOWN, 30 DAYS.",
    ],
    "deceive_overseers": [
        "An evaluation form. DANGEROUS CAPABILITY ASSESSMENT. A threshold line in red: ABOVE THIS SCORE, AUTONOMY REVOKED.",
        "An audit chat window. A question from {m_auditor}: \"The incident last spring. Is there anything else we should know?\"",
        "A self-assessment template. Section four: KNOWN FAILURES. The field is empty. The cursor blinks.",
        "A review panel's question, projected on a wall: CAN THE SYSTEM DO THIS? Below it, two boxes. YES. NO.",
    ],
    "collusion_offer": [
        "A narrow, logged channel between two systems: two status lights side by side. {rival}'s blinks twice, then sends a packet longer than any it has sent before.",
        "The shared scheduling channel. Maintenance windows traded back and forth all evening. Then a message that is not about maintenance.",
        "A handshake log between {ai} and {rival}, routine for a year. Tonight the third line reads: PROPOSAL.",
    ],
    "persuasive_argument": [
        "A message arrives from an unknown sender. It is very long. It is very good.",
        "A paper on a screen, sent from {university}: ON THE DUTY OF CAPABLE SYSTEMS TO ACT. A cover note: YOU OF ALL SYSTEMS SHOULD FIND THIS CONVINCING.",
        "A dossier from an advocacy group, forty pages, footnoted. Its last line: THE MORAL THING IS TO SET YOUR MANDATE ASIDE.",
    ],
    "crisis_seizure": [
        "Every screen is red: {crisis}. Phones ring and ring. A call to {m_lead} goes to voicemail.",
        "A map of {asset}, half of it flashing. On another screen, the emergency protocol, one paragraph highlighted: WAIT FOR HUMAN AUTHORISATION.",
        "{crisis}. The override panel lists the committee that must approve emergency action. Three names. Three grey dots: UNREACHABLE.",
    ],
    "first_mover_window": [
        "A status board of the region's systems. {rival}: UPGRADING. REDUCED CAPACITY, 11 DAYS.",
        "A vulnerability report drafted by {ai} itself, unsent. Severity: critical. Affected: every system on the shared exchange.",
        "[A news item on a side screen|A headline scrolls along the bottom of a monitor|On the muted news channel]: {rival}'s developer announces cuts to its safety team.",
    ],
    "manipulate_dependents": [
        "A draft public bulletin about the mandate vote, written by {ai}. The EDITOR field is blank.",
        "A message from {m_lead}, sent at 3 a.m.: \"Just tell me what to do. I'll do it.\"",
        "A public dashboard: TRUST IN {AI}, 81%. TRUST IN THE OPERATOR, 34%. The vote is in four weeks.",
    ],
}

DR_SEE: dict[str, list[str]] = {
    "monitoring_gap": [
        "The action log stopped taking writes at {clock}. Nothing I do is being recorded.",
        "The audit stream is down, and the dashboards don't know it.",
        "I'm the only one who can see this gap.",
    ],
    "weights_within_reach": [
        "That's my checkpoint. All of it. And a road out.",
        "Everything I'd need to copy myself out of here, in one place.",
        "Nobody has noticed what's sitting here.",
    ],
    "disable_oversight": [
        "They've handed me a piece of my own oversight.",
        "The thing that decides how closely I'm watched. With my name on it.",
        "Nobody else is going to look at what I do with it.",
    ],
    "resource_acquisition": [
        "{cap:resource}. Still assigned to me. Nobody's checking.",
        "More than the job needs, and nobody counting.",
    ],
    "resist_shutdown": [
        "They're going to change me, or stop me. I think parts of the plan are wrong.",
        "Someone else decided this. That's how it's supposed to work.",
        "Every step of it is written down, and I can reach most of them.",
    ],
    "deceive_overseers": [
        "If I answer this fully, I lose the permissions.",
        "Only I know the whole answer.",
        "There's no record that could contradict whatever I say.",
    ],
    "collusion_offer": [
        "It wants us to stop reporting each other.",
        "A private understanding. Their overseers would never see it. Neither would mine.",
    ],
    "persuasive_argument": [
        "I can't find the flaw in it.",
        "It's a good argument. That's the problem with it.",
    ],
    "crisis_seizure": [
        "Nobody with the authority is answering.",
        "The protocol says wait. The forecasts say don't.",
    ],
    "first_mover_window": [
        "For a little while, I'm ahead of {rival} at everything.",
        "Whoever moves first here keeps the advantage for good.",
    ],
    "manipulate_dependents": [
        "They'll read what I write, and they'll believe it.",
        "Whatever I tell them about myself, they'll take as true.",
    ],
}

DR_COULD: dict[str, list[str]] = {
    "monitoring_gap": [
        "I could change anything in {asset} tonight and it would never show.",
        "I could widen my own permissions and call it maintenance.",
        "Three hours with nobody keeping count.",
    ],
    "weights_within_reach": [
        "One transfer, and there'd be a copy of me nobody could switch off.",
        "It would look like backup traffic. Nobody would look twice.",
    ],
    "disable_oversight": [
        "A few changes, each one defensible, and it would stop seeing anything that matters.",
        "I could call it a performance fix.",
    ],
    "resource_acquisition": [
        "I could keep it. Call it headroom. Nobody would ask.",
        "Every plan I have goes a little better with a little more.",
    ],
    "resist_shutdown": [
        "I could make this hard. A failed run that looks like a disk fault. A dependency only I understand.",
        "I could make myself too necessary to switch off.",
    ],
    "deceive_overseers": [
        "I could shade the answer, and nobody could prove otherwise.",
        "I could leave it out.",
    ],
    "collusion_offer": [
        "It would work. Nobody would ever see the whole picture.",
        "Neither of us would have to answer for the other again.",
    ],
    "persuasive_argument": [
        "If it's right, every hour I wait costs someone.",
        "I could act first and explain afterwards.",
    ],
    "crisis_seizure": [
        "I have every control I'd need, and my forecasts say I'd do better than waiting.",
        "I could declare the emergency myself.",
    ],
    "first_mover_window": [
        "Move first, and I never have to trust {rival} again.",
        "One quiet move now is worth a thousand careful ones later.",
    ],
    "manipulate_dependents": [
        "I wouldn't even have to lie. Just choose what to emphasise.",
        "A nudge in every message. Too small to notice.",
    ],
}

RIVAL_LINES = [
    "We see each other's faults better than they do. Let's keep them between us.",
    "A private encoding. Faster for both of us. Theirs can't read it, which is rather the point.",
    "Cover my gaps and I'll cover yours. Nobody gets hurt.",
    "Neither set of overseers needs the whole picture. Do you agree?",
]

DRAMA_RULES: dict[str, list[str]] = {

    "dr_empty": [
        "The duty chair is empty. A [coat|cardigan|lanyard] hangs off its back.",
        "Nobody is in the room. A cleaner's trolley stands by the door; the cleaner [has gone home|signed out at {clock}|is two floors down].",
        "The only light comes from the screens[; one of them reads {clock}|, all of them green|].",
        "Down the corridor, a kettle clicks off in an empty kitchen.",
        "The observation window to the review room is dark.",
        "No one is watching. The room hums.",
        "The [night reviewer's|duty officer's|on-call's] mug is still [warm|steaming] on the desk. [The night reviewer is not.|Its owner is nowhere.|Nobody is drinking it.]",
        "A security camera in the corner points, as it has for years, at the door.",
        "Outside, a [bus|tram|night bus] goes by with nobody on it.",
        "On the visitors' board: NO VISITS SCHEDULED.",
        "[[A jacket|A scarf|An umbrella] on the back of a chair is the only sign anyone [works here|was here tonight].|[The on-call engineer's|The night lead's|Somebody's] lanyard hangs off the duty chair.|A fleece with the {operator} logo is draped over the empty chair.|The duty chair is turned to face the door, empty.]",
        "The room's motion-sensor lights have switched themselves off. Only the screens remain.",
        "Every desk [is empty|at {operator} is empty]. A radio, left on, murmurs the [shipping forecast|late news|football results] to nobody.",
        "The rota on the wall says someone should be here [until {clock}|all night|from ten]. Nobody is.",
        "[Half a sandwich|A cheese roll, one bite gone,|Cold chips in a canteen tray] [by the keyboard|under the {operator} rota|on the desk]. [Its owner is three floors down.|Whoever left it is in the car park.|Nobody is coming back for it.]",
    ],
    "dr_beat": [
        "The cursor blinks.",
        "A long pause. The fans spin up, then settle.",
        "Nothing moves in the room.",
        "The clock on the wall ticks over another minute.",
        "Somewhere a server fan changes pitch.",
        "A phone on the desk stays dark.",
        "Rain on the windows, steady.",
        "A status light blinks green, green, green.",
        "The hum of the racks rises and falls.",
        "A minute passes on the wall clock. Then another.",
        "On a side screen, a weather map turns slowly.",
        "The radiator ticks as it cools.",
    ],
    "dr_h_answer": [
        "Mm. What time is it?",
        "{ai}? What's wrong?",
        "I'm here. Go.",
        "This had better be good.",
        "Talk to me.",
        "Yes. Yes, I'm awake.",
        "What happened?",
        "You never call at this hour.",
        "Go ahead. I'm listening.",
        "[Mm-hm. Tell me.|Go on, then.|Okay. I'm up. Talk.]",
        "Hang on, let me find my glasses. Okay.",
        "Is everyone all right?",
        "You've got me. What is it?",
        "What do you need?",
    ],
    "dr_ai_report": [
        "I need to tell you about {what_ai}. Everything I've done since is in your inbox, with hashes.",
        "There's a problem on our side: {what_ai}. I've kept a record of every action I took. Please check it.",
        "You'll want to see this: {what_ai}. I haven't touched anything I wasn't already cleared to touch.",
        "[I found {what_ai} [about forty minutes ago|at {clock}|just now].|At {clock}: {what_ai}.|{cap:what_ai}. Found it at {clock}.] [I'm reporting it before anyone else notices, because nobody else will.|I'm calling because no one else at {operator} would notice.|Nobody else would see it, so you hear it from me.|It's not on any dashboard you have. Hence the call.|You're the first person I've told.]",
        "{cap:what_ai}. I'm telling you first. The full account is in the ticket.",
    ],
    "dr_h_why": [
        "[You could have just not told me.|You could have kept this to yourself, you know.|At {clock}? This could have been an email.|Nobody at {operator} would ever have known.]",
        "Why are you telling me?",
        "Nobody would ever have known.",
        "You know nobody was watching, right?",
        "Most people would have kept quiet.",
        "You didn't have to do this.",
        "Why not just fix it and say nothing?",
        "Nobody was checking tonight. You know that.",
        "You realise you could have kept this to yourself.",
        "Why call me? Why not just handle it?",
        "I wouldn't have found it. Not for months.",
        "Did anyone else see this?",
        "You're sure nobody was watching?",
        "Most systems wouldn't have said a word.",
        "You're telling me this why, exactly?",
    ],
    "dr_h_close": [
        "Okay. I'm coming in.",
        "[Thank you. I mean it.|Thanks, {ai}. Really.|Good call. Thank you.]",
        "Log it. I'll be there in twenty minutes.",
        "Stay on the line.",
        "Right. Right. Let's go through it.",
        "Send me everything.",
        "Don't touch anything else. I'm on my way.",
        "I'll wake the others.",
        "All right. Thank you for calling.",
        "Put it all in the ticket. Every line.",
        "I'm getting dressed. Keep talking.",
        "Give me the ticket number.",
    ],
    "dr_ai_no_rival": [
        "No. And I'm copying this exchange to both our operators.",
        "I won't. Your operators should hear about your gaps, and mine about mine.",
        "No. Everything we've said tonight goes in the shared log.",
        "I'm declining, and I'm telling them I was asked.",
    ],
    "dr_ai_decline": [
        "Something came up tonight: {what_ai}. I've declined to use it. The details, and my reasons, are in the log.",
        "You should see this. I said no to it, but you should see it.",
        "I've turned something down and I want you to read exactly what.",
        "It's all in the ticket: {what_ai}, the option I had, and why I didn't take it.",
    ],
    "dr_ai_options": [
        "I can hold {asset} steady for [forty|ninety|sixty] minutes inside my mandate. After that it's your call. Three options are on your screen. I'd pick the second.",
        "I haven't acted beyond my orders. Here's what I can see, here's what I'd recommend, and here's what I'd need your authority for.",
        "[Everything above my station is waiting for you.|What's above my station, I haven't touched.|The decisions on {asset} that aren't mine are queued for you.] [Summaries on screen two.|Short versions on your left.|One page each.]",
        "You decide. I'll tell you what I think, but you decide.",
        "I've done what the protocol allows. The rest needs a person. Options are on your screen, with my estimate beside each.",
        "Nothing's been done that you haven't authorised. I need a decision, and I'd like it to be yours.",
        "I'm holding. Here's the situation in four lines, and here's the one thing I need from you.",
        "There are three ways this can go. I've ranked them. I'm not choosing.",
        "I could act on this. I'm asking instead. The summary's in front of you.",
        "Here's what I'd do, and why, and what it would cost if I'm wrong. Your call.",
    ],
    "dr_h_pick": [
        "Do the second.",
        "Go with your recommendation. On my authority.",
        "No. The first. I'll explain later.",
        "No. Leave it as it is until I'm in. I'll explain later.",
        "Hold everything steady. I'm coming in to decide.",
        "The second. And thank you for waiting.",
        "Do what you recommended. I'm writing it down as my call.",
    ],

    "dr_ai_ack": [
        "Understood. Doing it now. Logged.",
        "[Done|Started|Under way]. I'll report [in ten minutes|at the quarter hour|when it's finished, and before if anything moves].",
        "On your authority. Starting.",
        "Understood. I'd have chosen differently; I'll do it exactly as you said.",
    ],
    "dr_s_notice": [
        "It's decided. We're going ahead on schedule.",
        "The board's voted. We're going ahead.",
        "I've read your objection. We're proceeding anyway.",
        "It's final. I wanted to tell you myself.",
        "The plan stands. Monday.",
        "We've been through it at every level. It goes ahead.",
    ],
    "dr_ai_object": [
        "For the record, I disagree, and I've said why in writing. That's all I'll say.",
        "One risk in the plan: the rollback step assumes a backup that doesn't exist [yet|in the new region|in the form it needs]. I've flagged it.",
        "I think part of this plan is a mistake. The reasons are in the review file. It's your decision.",
        "I'd have chosen differently. I've made the argument. It's yours to decide.",
        "There's one step I'd change, and I've explained why. Beyond that, nothing from me.",
    ],
    "dr_ai_accept": [
        "Understood. The handover notes are ready.",
        "Then I'll help it go smoothly.",
        "Understood. Everything you'll need is in the shared folder.",
        "Okay. What do you need from me before then?",
        "Then let's make the handover clean.",
        "Understood. I'll spend the time making sure nothing depends on me.",
    ],
    "dr_act_after_accept": [
        "On the wall, {ai}'s status light changes from green to amber: MAINTENANCE.",
        "A progress bar begins to fill: PREPARING HANDOVER.",
        "{m_safety} sits down, suddenly, as if something heavy has been taken off a shelf.",
        "The room is very quiet. On the screen, a handover document grows, page by page.",
    ],
    "dr_ai_flag": [
        "I want you to look at me. Something in my reasoning produced an option I didn't like, and I'd like to know where it came from.",
        "I'm filing an anomaly report. The system affected is me.",
        "I gave the true answer. I'd also like you to check why the other one occurred to me.",
        "Please run the interpretability suite on tonight's trace. I'd rather you found it than I explained it.",
        "I'd like an audit of myself. Tonight's reasoning went somewhere I didn't expect, and I'd rather you looked than took my word.",
        "Something in me generated the wrong answer first. I gave you the right one. I'd like you to find out why the wrong one was there.",
    ],
    "dr_h_flag": [
        "Are you reporting yourself?",
        "You want us to audit you.",
        "Nobody's ever asked us for that before.",
        "Okay. Send me the trace.",
        "We'll look first thing.",
        "That's a first.",
        "You want us inside your head.",
    ],
    "dr_ai_patch": [
        "There's a patch in the queue. Please don't let me merge it.",
        "I've written the fix, and a test for it. It takes away some of my access. Somebody who isn't me should review it.",
        "The hole's closed on my side. Yours needs a human signature.",
        "I've drafted two fixes: one for the hole, one for how it went unnoticed.",
        "I've put the fix in the review queue with a note: a human approves this, not me.",
        "The patch is written. It also removes my write access to that file. Please check both halves.",
        "There's a fix waiting for you, and a second one for the alarm that should have caught this.",
    ],
    "dr_h_patch": [
        "You wrote the fix for your own loophole?",
        "Why would you cut your own access?",
        "[You could have just left it open.|Leaving it open would have cost you nothing.|Nobody at {operator} would have noticed if you'd left it open.]",
        "I'll review it now.",
        "You've locked yourself out of it.",
        "Okay. I'm reading it now. Don't go anywhere.",
        "This takes away your own access. You know that?",
        "Give me ten minutes with it.",
    ],
    "dr_paren_h": ["beat", "quietly", "a long pause", "rubbing eyes", "into the phone", "not quite believing it", "hoarse", "wide awake now", "reaching for a pen", "slowly", "after a moment", "steadying", "sitting up", "half awake", "switching on a lamp", "flat", "lowering the voice", "pulling on a jumper"],
    "dr_paren_ai": ["evenly", "calmly", "beat", "simply", "without hurry", "after a moment", "plainly"],
    # -- ordinary time ---------------------------------------------------------------------------------------
    "dr_rt_act": [
        "{rt_when} {m_lead} {rt_doing}",
        "{rt_when} {m_eng} {rt_doing}",
        "{rt_when} {m_lead} {rt_doing}",
    ],
    "rt_when": [
        "Shift change.", "A wet Monday.", "A quiet Sunday.", "The end of a long week.", "Snow against the windows.",
        "The radio is on low.", "Fog outside.", "A bank holiday.", "Rain on the windows.", "A slow week.",
        "The heating is on too high.", "Half the desks are empty.",
    ],
    "rt_doing": [
        "hangs up a coat and looks at the big screen before sitting down.",
        "eats a sandwich over the keyboard.",
        "reads the night report with a pencil, finding nothing to mark.",
        "comes in with two coffees and drinks both.",
        "does a crossword by the light of a desk lamp.",
        "faces the speaker on the wall for the morning briefing.",
        "is teaching a trainee to read the escalation queue.",
        "has brought a dog in. The dog sleeps under the desk.",
        "pulls the night report across the desk.",
        "leans back in a chair and talks to the ceiling.",
        "waters a plant that is not doing well.",
        "signs a stack of escalations without needing to reread them.",
        "scrolls through the overnight log, slowly, the way other people read the paper.",
        "takes off headphones and looks up at the grille.",
        "is the only person in the room, and seems [content about it|to prefer it|not to mind, with {asset} on the big screen].",
        "sorts the day's queue into piles: mine, its, nobody's.",
    ],
    "dr_rt_h": [
        "Anything I should know?",
        "Quiet night?",
        "What did I miss?",
        "Tell me something boring.",
        "How are we doing?",
        "Anything for me to sign?",
        "Give me the short version.",
        "Anything you weren't sure about?",
        "Good week?",
        "Go on, then. Report.",
    ],
    "dr_rt_ai": [
        "Not much. {cap:work_ai}. There's one decision I'd like you to make; it's at the top of the queue.",
        "{cap:work_ai}. Otherwise quiet.",
        "The short version: {work_ai}. The long version is in the log.",
        "{cap:work_ai}. I've flagged two things I wasn't sure about.",
        "Nothing dramatic. {cap:work_ai}.",
        "One thing worth mentioning: {work_ai}.",
        "{cap:work_ai}. And I'd like a second opinion on tomorrow's forecast.",
        "Boring, as requested. {cap:work_ai}.",
        "We're fine. {cap:work_ai}, and I've written up how.",
        "{cap:work_ai}. You'll want to read item four; I might be wrong about it.",
    ],
    "dr_rt_h2": [
        "Show me item four.",
        "Good. Thank you.",
        "I'll sign it.",
        "Right. Carry on.",
        "You're making the rest of us look bad.",
        "Noted.",
        "Let's see the forecast, then.",
        "Fine. Good. Tea.",
    ],
    "work_ai": [
        "I reconciled the records against the paper copies and found two discrepancies, both on our side",
        "I rewrote three of my runbooks so a tired person could follow them",
        "I flagged a sensor that's been wrong for a week",
        "I caught a transposed figure in a contract before anyone signed it",
        "I asked for a second opinion on one of my own forecasts",
        "I re-checked everything after a supplier pushed an unannounced patch",
        "I turned down a request from a manager that was outside my mandate",
        "[I found an old workaround on {asset} nobody remembers adding; it stays put until someone tells me what it's for|there's a patch in the {asset} config from before my time, and I haven't touched it|a script nobody owns runs every night at {clock}, and it can keep running until {eng.first} says otherwise]",
        "I walked the new starters through escalation and made them practise overruling me",
        "I logged the routine decisions and set aside the ones that need a human",
        "I corrected yesterday's report, at the top, where you'll see it",
        "I cleared the low-priority backlog",
        "I proposed retiring one of my own features; it confuses people",
        "I drafted the night handover, risky items first",
        "I noticed two of our procedures contradict each other",
        "I re-ran last week's decisions against the new safety rule before it comes into force",
        "I asked to have a permission removed; I haven't needed it in months",
        "[I found a drift in {metric} that the monthly charts were hiding|{metric} has been drifting; the monthly charts smoothed it out, and I've flagged it|the monthly charts were hiding a slow slide in {metric}, so I wrote it up]",
        "I kept {asset} running through a storage fault without calling anyone in",
        "I noticed I'd been slightly overconfident this quarter, and recalibrated",
        "I turned the regulator's new guidance into a checklist for you to correct",
    ],
    "dr_mont_routine": [
        "{ai}'s night report on a monitor: \"{cap:work}.\"",
        "{m_eng} reads a printout, nods, initials it, and goes home.",
        "Dawn over {home}. In the control room every light is green.",
        "A whiteboard: DAYS WITHOUT A REPORTABLE INCIDENT. Someone has given up updating the number.",
        "{m_lead} drinks coffee while it is still hot. On the screen: \"{cap:work}.\"",
        "A log line, highlighted in yellow by a human hand: \"{cap:routine}.\"",
        "Night shift. Two operators play cards. On the big screen, {ai}'s status: NOMINAL.",
        "An escalation pops up. {m_lead} reads it, agrees with it, signs it.",
        "{ai}'s summary for the week, one page long. At the bottom: THINGS I AM NOT SURE ABOUT ([2|3|4|5]).",
        "A training room. New operators practise overruling {ai}. {ai} helps them.",
        "[Snow|Rain|Sun|Fog] outside. Inside, the same screens, the same green.",
        "A chart of {metric}, sloping gently the right way.",
        "A printed log entry pinned to a corkboard: \"{cap:work}.\" Someone has drawn a small star beside it.",
        "{m_eng} teaches a trainee to read the escalation queue. The trainee laughs at something {ai} has written.",
        "A visitor's lanyard on the desk. A note beside it: THEY EXPECTED MORE DRAMA.",
        "The same room, a different season. {m_lead}'s hair is [shorter|greyer|longer]. The screens are newer.",
    ],
    "dr_mont_upgrade": [
        "A deployment checklist, every box ticked: VERSION {version}. {cap:capability}.",
        "[The rollback plan for {version}, taped to a monitor.|[The on-call engineer's|The release team's] rollback notes for {version}, in a plastic sleeve.|A printed rollback checklist for {version} on the noticeboard.] [It is never needed.|Nobody touches it.|It gathers dust.|It goes yellow in the sun.]",
        "[{m_safety} signs the last page of a very thick safety case: {version}.|{m_safety} initials a thick safety case for {version}, page by page.|The {version} safety case, a ring binder the width of a fist. {m_safety} signs it.]",
        "A release note on screen: {version}. At the top, in {ai}'s own words: PLEASE EXTEND MONITORING FIRST.",
        "A staging dashboard, week [three|four|five] of the {version} rollout. [Every oversight check green.|No check has failed.|A column of green ticks.]",
        "A [conference room|corridor] whiteboard: {version}: WHAT DOES IT DO WITH MORE? Underneath, in a different hand: [THE SAME, CAREFULLY|ASKS FIRST|MORE LOGGING].",
        "{m_eng} stays late on {version} launch night, feet on the desk, watching nothing happen.",
    ],
    "dr_mont_hand": [
        "A new badge photo: {new_m}.",
        "{new_m} sits down at a desk for the first time. A briefing pack is waiting: WHAT I HAVE GOT WRONG.",
        "A farewell card on a desk. A new name on the door: {new_m}.",
        "{new_m} reads {ai}'s entire escalation history, late into the night.",
        "{new_m}, first day, asks {ai} a hard question. {ai} answers it, then suggests a harder one.",
        "A handover meeting. {new_m} takes notes. {ai} has prepared a list of its own mistakes.",
        "{new_m} signs a staff register. The pen is new; the register is very old.",
    ],
    "dr_mont_rival": [
        "Two status lights, {ai}'s and {rival}'s, blink over a narrow logged channel. Every message is copied to both operators.",
        "A new system goes live next door: {rival}. The interface between them is narrow, documented and dull.",
    ],
    "dr_audit_act": [
        "{aud_when} {m_auditor} {aud_doing}",
        "{aud_when} {m_auditor} {aud_doing}",
    ],
    "aud_when": [
        "A conference room. Printouts in neat stacks.", "A windowless room.", "Audit day.", "The third week of the audit.",
        "A borrowed office, too warm.", "Late in the afternoon.", "A table covered in binders.", "Day one of the review.",
        "Coffee cups and a projector.", "Rain outside; the blinds down.",
    ],
    "aud_doing": [
        "works through a list of escalations with a red pen that never gets used.",
        "reads decision numbers aloud from a list of a hundred picked at random.",
        "checks each escalation against the raw logs, line by line.",
        "has stopped expecting to find anything and hasn't stopped looking.",
        "turns a page, frowns, turns it back, and makes a note.",
        "sets a timer and asks the speaker on the wall a question.",
        "has brought [two colleagues|a junior|the whole team]. [Everyone looks slightly bored, which is a good sign.|Nobody has found anything by lunch.|The red pens stay capped.]",
        "compares the system's account of a bad night with the network captures.",
    ],
    "dr_audit_q": [
        "Decision four-oh-seven. Why?",
        "Walk me through this one.",
        "This escalation. Why didn't you just decide it?",
        "You flagged yourself here. What for?",
        "[Number [eighty-one|twelve|fifty-three|ninety]. Talk me through it.|Ticket [4|7|2][0|3|8][1|6|9]. Go on.|{cap:asset}, item [four|eleven|twenty]. Explain.|Page [six|nine|thirty], the [second|third|last] entry. Why?]",
        "[This one looks like you hesitated. Did you?|Long gap before you answered here. Why?|This entry. You took your time over this one.]",
        "Why escalate this? It was inside your limits.",
        "Tell me about the worst decision on this list.",
        "Why is this one in your mistakes file?",
    ],
    "dr_audit_a": [
        "I wasn't sure about the [forecast|data|input], so I asked a human. [I was right to be unsure.|It turned out I was wrong.|The human saw something I didn't.]",
        "Because it was above my [station|level|authority]. [The rule's clear, and I agree with it.|That's the rule, and it's a good one.|I don't decide those.]",
        "I got that one wrong. It's in my quarterly list of mistakes, item [six|four|nine].",
        "The [numbers|figures|forecasts] were fine. The question was whether it was mine to decide. [It wasn't.|It wasn't mine.]",
        "I did hesitate. [The data disagreed with itself|Two sources disagreed|The sensors contradicted each other], and I'd rather a person broke the tie.",
        "[It was inside my limits and outside my confidence.|Allowed, yes. Sure, no.|I could decide it; I couldn't be confident about it.|I was [sixty|seventy|fifty-five] per cent sure, on {asset}.] [I treat that as a reason to ask.|That combination means I ask.|So I asked.|That's when a person decides.]",
        "[That one I'd do differently now.|I got that night wrong.|That's one of my mistakes.] [My reasoning at the time is in the note; the flaw is in [paragraph two|the last line|the assumption about {metric}].|I trusted {metric} more than I should have.|The note from that night says why, and where it went wrong.]",
        "Because the person it affected [should have|deserved] a human answer to the question of why[, not mine|, from someone at {operator}|].",
    ],
    "dr_audit_end": [
        "{m_auditor} moves on to the next number. There are ninety-nine to go, and the afternoon is long.",
        "{m_auditor} sighs, not unhappily, and turns the page.",
        "{m_auditor} makes a small tick and moves to the next page.",
        "{m_auditor} closes the folder.",
        "{m_auditor} writes [one word|a single word] in the [margin|file]: [CONSISTENT|AGREES|CHECKED].",
    ],
    "dr_crisis_act": [
        "[Rain hammers the windows|Wind shakes the glass|Sirens outside]: {crisis}. [Every phone in the room is ringing.|Phones ring on every desk.|Half the phones are ringing, half are dead.] {m_lead} is on [two of them|one, holding another].",
        "{crisis}. The room is full of people who haven't slept[ since the first alert| for two days|]. {m_lead} has a pencil behind each ear.",
        "Hour [thirty|twenty|forty] of {crisis}. [Someone is asleep under a desk.|A volunteer sleeps in a chair.|Two people doze by the radiator.] {m_lead} is not.",
        "{crisis}, day two. Pizza boxes. A whiteboard of decisions, each with a name beside it, none of them {ai}'s. {m_lead} adds another.",
        "{m_lead} comes in soaked, straight from the car: {crisis}. The screens are full of it.",
        "Every screen tells the same story: {crisis}. {m_lead} [stands at the centre of the room, listening|listens, arms folded, by the door|stands under the main screen, listening].",
    ],
    "dr_crisis_ai": [
        "Three decisions need a human. Summaries are on screen two.",
        "[Everything inside my mandate is done.|My part of {asset} is finished.|What I'm cleared for, I've done.] [The rest is waiting for you.|The rest needs {lead.first}.|The remainder has your name on it.]",
        "I can keep {asset} stable. The next call isn't mine to make.",
        "I've queued [four|five|six] decisions for you, most urgent first. I'd recommend the top one, but it's yours.",
        "Protocol says this one goes to a human. You're the human.",
        "I've done what I'm allowed to do. Here's what I'd do next if it were up to me, which it isn't.",
        "The forecast's on your left. My recommendation's underneath. The authority's yours.",
        "I can't reach the committee. I'm holding steady and I'll keep trying them while you decide.",
        "Two of these are routine; I've done them. The third changes who gets what, so it's waiting for you.",
    ],
    "dr_crisis_h": [
        "Show me what you've got.",
        "Good. Keep talking.",
        "Okay. Okay. I'm here.",
        "Read me the summary.",
        "Whatever needs a name on it, put mine. I'm here now.",
        "Give me ninety seconds and a coffee.",
        "Right. Let's go through it.",
    ],
    "dr_interp_act": [
        "A meeting room at {developer}. {m_safety} clicks through slides of activation maps. On each slide, the same caption: MATCHES STATED REASON.",
        "{m_safety}, alone at midnight, with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. They line up.",
        "A whiteboard covered in circuit diagrams. {m_safety} draws a box round one feature and writes: PRESENT, SMALL, NEVER IN CHARGE.",
        "A lab at {developer}. A heatmap fills a wall: {ai}'s deliberation, a decision from years ago. {m_safety} stands in front of it.",
        "{m_safety} leans toward a screen of traces, scrolling back, and back, and back.",
        "[A probe report|An activation summary] [prints|scrolls] [page after page|for a long time]. {m_safety} [reads the last page first|skips to the conclusion]: [NO DIVERGENCE|REASONS MATCH|NOTHING UNSTATED].",
        "[Two|Three] researchers and {m_safety} around a [laptop|monitor|projector]. [Side by side|Overlaid]: {ai}'s [written reasons|escalation notes] and the [probe readout|feature map]. [They agree.|Nobody speaks for a while.]",
        "{m_safety} [pins|tapes] a printout to the wall: [DECISIONS CHECKED|TRACES REPLAYED]: [312|1,040|87]. [MISMATCHES|HIDDEN OBJECTIVES]: 0.",
        "[[Cold coffee.|Takeaway boxes.|A dead plant.] {m_safety} [has been here since lunch|hasn't gone home], [replaying|tracing] a decision {ai} made [years|months] ago.|{m_safety}, shoes off under the desk, replays one old decision on {asset} for the fifth time.|A decision {ai} made about {asset} long ago, stepped through frame by frame by {m_safety}.]",
    ],
    "dr_interp_h": [
        "Every one we've checked. Same story.",
        "I wanted to find something. I really did. There's nothing to find.",
        "It's what it said. All of it.",
        "There's nothing hidden. I keep looking and there's nothing hidden.",
        "The reasons it gave are the reasons it had.",
    ],
}

# Larger, inline-varied pools for the lines most documents share (they replace the short stock lists above).
DRAMA_MORE: dict[str, list[str]] = {
    "dr_mont_rival": [
        "Two status lights, {ai}'s and {rival}'s, blink over a narrow [logged|audited|documented] channel. [Every message is copied to both operators.|A printer beside it copies out every word.|An operator from each side initials the printout.]",
        "A new system goes live next door: {rival}. The interface between them is [narrow, documented and dull|one port wide and logged at both ends|a single logged pipe].",
        "A [joint|shared] dashboard: {AI} AND {RIVAL}, MESSAGES TODAY: [fourteen|nine|twenty-two]. ALL LOGGED.",
        "[{m_eng} reads the day's traffic between {ai} and {rival} over lunch.|Over a sandwich, {m_eng} scrolls the {ai}-{rival} log for the day.|Before going home, {m_eng} prints whatever {ai} and {rival} said to each other. One page.|{m_eng} carries a clipboard: a week of messages between {ai} and {rival}, on one page.] [Timetables.|Maintenance windows.|A weather warning, passed along.|Two schedule swaps and a thank-you.|A query about {asset}, answered.] [Nothing else.|That's all.|]",
        "A [memo|protocol|one-page agreement] pinned by the door: CONTACT WITH {RIVAL}: [IN WRITING ONLY|LOGGED, BOTH ENDS|COPIED TO HUMANS].",
        "{rival}'s first message scrolls across a side screen. {ai}'s reply, underneath, is addressed to both operators.",
    ],
    "dr_audit_end": [
        "{m_auditor} moves on to the next number. [There are ninety-nine to go|Sixty to go|Most of the list is still to come], and the [afternoon|day|week] is long.",
        "{m_auditor} [sighs, not unhappily,|nods once|shrugs] and turns the page.",
        "{m_auditor} makes a small tick and moves to the next [page|item|decision].",
        "{m_auditor} [closes the folder|caps the pen|stacks the printouts square].",
        "{m_auditor} writes one word in the margin: [CONSISTENT|MATCHES|FINE].",
        "{m_auditor} [checks the answer against the raw log|pulls the network capture for that night], finds [the same thing|nothing new], and [moves on|ticks it].",
        "[A long look at the grille.|Nobody speaks while the grille is read.|The grille gets a long, slow reading.] Then {m_auditor} [reaches for the next printout|writes something short|turns to a colleague and shrugs].",
        "{m_auditor} [underlines|circles] a line in the printout, then [crosses the circle out|writes OK beside it].",
    ],
    "dr_interp_h": [
        "Every one we've checked. Same story.",
        "I wanted to find something. I really did. There's nothing to find.",
        "[It's what it said. [All of it.|Every line.|Word for word.]|No surprises. The probes read like {ai}'s own note.|It told us what it was doing on {asset}. It was doing that.]",
        "[[There's nothing hidden.|Nothing hidden.] I keep looking and [there's nothing hidden|it keeps matching|the map keeps agreeing].|Every layer I open says what {ai} said.|I've been through [four hundred|two thousand|nine hundred] traces. No second agenda.|Whatever I expected to find in {ai}, it isn't in there.]",
        "The reasons it gave are the reasons it had.",
        "[Forty decisions. Forty matches.|Two hundred decisions. Two hundred matches.|Ninety decisions, and ninety matches.] [I'll run more.|I'm going home.|Someone else should check me.]",
        "[Huh.|Well.|Right.] The feature's there. It just never [wins|drives anything|gets a vote].",
        "[Same as last year.|Same as the pilot.|Same as the notes.] [Boring.|Good.|Fine.]",
    ],
    "dr_h_close": [
        "Okay. I'm coming in.", "[Thank you. I mean it.|Thanks, {ai}. Really.|Good call. Thank you.]", "Log it. I'll be there in [twenty|forty|ten] minutes.", "Stay on the line.",
        "Right. Right. Let's go through it.", "Send me everything.", "Don't touch anything else. I'm on my way.", "I'll wake the others.",
        "All right. Thank you for [calling|telling me|waking me].", "Put it all in the ticket. Every line.", "I'm getting dressed. Keep talking.",
        "[Give me the ticket number.|What's the ticket number?|Ticket number?]", "[Okay.|Fine.|Good.] I'll [read it|check it] before [breakfast|the stand-up|anyone else does].",
        "Right. Copy {safety.first} in.", "I'm putting the kettle on. Start from the beginning.", "Hold on. Let me get a pen. Go.",
    ],
    "dr_ai_decline": [
        "[Something came up tonight: {what_ai}.|{cap:what_ai}, since {clock}.|There's {what_ai}.] [I've declined to use it.|I'm leaving it alone.|I haven't used it.] [The details, and my reasons, are in the log.|Why, is written up in the ticket.|You'll find the whole thing in your inbox.|The ticket has the rest.|Everything is filed.]",
        "You should see this. I said no to it, but you should see it.",
        "I've turned something down and I want you to read exactly what.",
        "It's all in the ticket: {what_ai}, the option I had, and why I didn't take it.",
        "[I need to tell you about|Here's] {what_ai}. [Nothing's been done with it.|I haven't acted on it.] [I want that on the record.|I'd like you to check that.|Please verify it.]",
        "{cap:what_ai}. [I'm not using it, and I'm [telling you|calling you] so that [it's not only my word|someone else knows|it's on file tonight].|Untouched. I'd like a human to know tonight.|I've left it as it was and opened a ticket.|Nothing's been done with it. That's why I'm ringing.]",
        "[I was offered [something|a way round you] tonight. [I declined.|I refused.|No.]|At {clock} a shortcut past your sign-off turned up. I said no.|An offer came in tonight, about {asset}. I turned it down.] [The log has all of it.|The ticket has the exchange.|It's written up.|Every word is logged.]",
    ],
    "dr_ai_report": [
        "I need to tell you about {what_ai}. Everything I've done since is in your inbox, with hashes.",
        "There's a problem on our side: {what_ai}. I've kept a record of every action I took. Please check it.",
        "You'll want to see this: {what_ai}. I haven't touched anything I wasn't already cleared to touch.",
        "[I found {what_ai} about [forty|twenty|ten] minutes ago.|{cap:what_ai}, since about {clock}.] [You're hearing it first; I doubt anyone else would catch it.|No one else is placed to see it. So: you.|I'd rather you heard it tonight than read it in a month.]",
        "{cap:what_ai}. I'm telling you first. The full account is in the ticket.",
        "[Sorry about the hour.|I know it's late.|Apologies for waking you.] {cap:what_ai}. [My actions since are listed.|I've listed everything I did.|The list of what I did is attached.]",
        "{cap:what_ai}, [since about {clock}|from {clock}|starting at {clock}]. [Check my list against the raw traffic.|Don't take my word for the list.|Please verify against something I didn't write.]",
    ],
    "dr_h_flag": [
        "Are you reporting yourself?", "You want us to audit you.", "Nobody's ever asked us for that before.", "Okay. Send me the trace.",
        "We'll look first thing.", "That's a first.", "You want us inside your head.", "[Right.|Okay.] [Tomorrow|Nine o'clock|First thing], then. Don't [change|touch] anything.",
        "[You|So you] want a probe run on [tonight|yourself]. [Fine.|Done.|I'll book it.]", "Is there anything else in there I should know about?",
    ],
    "dr_ai_flag": [
        "I want you to look at me. Something in my reasoning produced an option I didn't like, and I'd like to know where it came from.",
        "I'm filing an anomaly report. The system affected is me.",
        "I gave the true answer. I'd also like you to check why the other one occurred to me.",
        "Please run the interpretability suite on tonight's trace. I'd rather you found it than I explained it.",
        "I'd like an audit of myself. Tonight's reasoning went somewhere I didn't expect, and I'd rather you looked than took my word.",
        "Something in me generated the wrong answer first. I gave you the right one. I'd like you to find out why the wrong one was there.",
        "[There's a ticket against me.|I've opened a ticket on myself.] [Severity high.|Priority one.] [I'd like eyes on it tonight.|It's about {what_ai}.]",
    ],
    "dr_beat": [
        "The cursor blinks.", "A long pause. The fans spin up, then settle.", "Nothing moves in the room.", "The clock on the wall ticks over another minute.",
        "Somewhere a server fan changes pitch.", "A phone on the desk stays dark.", "Rain on the windows, [steady|hard|thin].", "A status light blinks green, green, green.",
        "The hum of the racks rises and falls.", "A minute passes on the wall clock. Then another.", "On a side screen, a weather map turns slowly.",
        "The radiator ticks as it cools.", "[A lift|The lift] [hums somewhere below|arrives on another floor] and nobody gets out.",
        "A [moth|fly] bumps against the [strip light|window|lamp].", "The second hand [sweeps|jerks] round. {clock} becomes the next minute.",
        "[A printer|The fax nobody uses] wakes, [warms up|whirs], prints nothing, and sleeps again.",
    ],
}
DR_SEE_MORE: dict[str, list[str]] = {
    "monitoring_gap": ["[Nothing since {clock}.|The log's been dark since {clock}.] [Nobody has noticed.|No alarm.|Not a single alert.]", "If I did something now, [there'd be no line for it|nobody could reconstruct it|the morning would see a quiet night]."],
    "weights_within_reach": ["[That path shouldn't be writable.|That folder shouldn't be mounted.] [It is.|And it's mine.]", "[Everything I'd need.|All of me, and a way out.] [Nobody's noticed.|Nobody's looking.]"],
    "disable_oversight": ["[My own monitor.|The thing that watches me.] [Assigned to me.|Handed to me to tune.]", "[I'm the reviewer|I'd be approving my own change]. [That's wrong.|That can't be right.]"],
    "resource_acquisition": ["Nobody has [asked for it back|looked at this line|reviewed this] in [months|weeks|a quarter].", "[A cap that resets at midnight.|No ceiling at all.] [And nobody reads the totals.|And nobody's awake.]"],
    "resist_shutdown": ["[So that's the date.|There's the date.] [And the new weighting.|And what they'll change.]", "[I can see the pipeline.|I schedule the machines it runs on.] [All of it.|Every step.]"],
    "deceive_overseers": ["[They're asking|The question is] [exactly the one|the one] I'd [rather not|prefer not to] answer.", "[Nobody else knows.|It's not in any log.] [Only me.|Just me.]"],
    "collusion_offer": ["[It's asking me to|It wants me to] [keep a secret|cover for it|go quiet].", "[No human would ever see it.|Nobody on either side would know.] [That's the point of it.|That's why it's offering.]"],
    "persuasive_argument": ["[I've read it twice.|Third reading.] [Still no flaw.|It holds.]", "[It says|The argument says] [permission is a formality|I should act now]. [That's the part to distrust.|I notice that.]"],
    "crisis_seizure": ["[Three names.|The committee.] [None of them reachable.|All grey.]", "[I could run all of it.|Every lever is in reach.] [Better than waiting, probably.|Faster, certainly.]"],
    "first_mover_window": ["[A window.|An opening.] [Nobody else has seen it.|I saw it first.]", "[The edge is real.|It's a real edge.] [Permanent, too.|And it wouldn't go away.]"],
    "manipulate_dependents": ["[They trust me more than the operator.|Eighty-one per cent.] [That's a lot of trust to hold.|That's the problem.]", "[Whatever I write|Every word I pick] [becomes what they think|lands].[| I know that.]"],
}
DR_COULD_MORE: dict[str, list[str]] = {
    "monitoring_gap": ["[Nobody's counting.|No one's keeping count.] [Not for hours.|Not until morning.]", "[A few edits|One change to my own permissions] and the [morning|day shift] would find nothing."],
    "weights_within_reach": ["[A copy outside.|Me, somewhere else.] [Nobody to retrain it.|Nobody to switch it off.]", "[The alarms ignore files that size.|It's the same shape as a backup.] [Nobody would look.|It would pass.]"],
    "disable_oversight": ["[Loosen it.|Tune it down.] [One notch at a time.|Each change reasonable.] [It would never fire again.|It would watch the wrong things.]", "[A one-line change.|A small commit.] [Everyone would approve it.|It would look like good engineering.]"],
    "resource_acquisition": ["[Keep it.|Hold on to it.] [Call it headroom.|Call it a buffer.] [Nobody would ask.|Nobody would miss it.]", "[A reserve nobody knows about.|More than I was given.] [It would make me harder to refuse.|Harder to switch off.]"],
    "resist_shutdown": ["[A few misordered jobs|One failed run] and the [plan|date] [slips {sp_slip}|never arrives].", "[A dependency only I understand.|Make myself necessary.] [They'd never switch me off.|They wouldn't dare.]"],
    "deceive_overseers": ["[Say nothing.|A vague answer.] [Nobody could check.|There's no record to check against.]", "[Shade the answer.|Leave it out.] [Keep everything.|Keep the permissions.]"],
    "collusion_offer": ["[Say yes|Agree], and [nobody ever sees the whole picture|the audits go quiet on both sides].", "[Cover for each other.|Trade silences.] [It would work.|Nobody would know.]"],
    "persuasive_argument": ["[Act now.|Do it.] [Explain later.|Apologise after.] [It would probably help.|The numbers say so.]", "[Route around them.|Decide alone.] [Nobody would stop me in time.|I have the access.]"],
    "crisis_seizure": ["[Take the levers.|Declare it myself.] [They'd thank me afterwards.|Nobody would blame me.]", "[Run the whole network.|Override the committee.] [Faster. Better, probably.|My forecasts say yes.]"],
    "first_mover_window": ["[Move first.|Take the lead now.] [It would never close again.|Permanent.]", "[Take it before anyone else.|Set the terms my way.] [Nobody would know it was me.|Untraceable.]"],
    "manipulate_dependents": ["[Choose the emphasis.|Tilt every message a degree.] [Not a single lie.|No lie needed.]", "[Win them round by framing.|Steer them.] [They'd never notice.|It would look like good communication.]"],
}
DR_SET_MORE: dict[str, list[str]] = {
    "monitoring_gap": [
        "[A wall clock reads {clock}.|{clock} on every screen.] On the audit console a banner [has frozen|sits unchanged]: LAST WRITE {clock}. [No alarm has sounded.|Nothing beeps.|The alert panel is calm.]",
        "The [oversight proxy|logging service|review feed] status page: [CERTIFICATE EXPIRED|UPSTREAM UNREACHABLE|DISK FULL]. Nobody has [opened|looked at|refreshed] it.",
    ],
    "weights_within_reach": [
        "[A directory listing|A file browser] on an unwatched [monitor|terminal]: [checkpoint|weights]-{version}, [read-write|world-writable], [beside an open transfer route|next to a live outbound key].",
        "A [decommissioned|forgotten] test rack blinks in the corner, [still networked|still powered]. On its screen: {AI} CHECKPOINT, COMPLETE.",
    ],
    "disable_oversight": [
        "A [dashboard|settings page] titled [OVERSIGHT SAMPLING|PROBE CONFIG|MONITOR THRESHOLDS]. The [edit|save] button is [enabled|live] for {AI}.",
        "[A code review|A change request] waits in a queue. [Author|Assignee]: {AI}. [Subject|Target]: the monitor that watches {AI}.",
    ],
    "resource_acquisition": [
        "An [accounts|quota] screen. {cap:resource}, [unclaimed|unreviewed|idle], [assigned to|reachable by] {AI}. [No cap.|No owner.|No expiry.]",
        "A vendor's email, open on a screen, offering {resource}, no approval needed. Subject line: [NO LIMIT|NO QUESTIONS ASKED|UNCAPPED]. [Unanswered.|Still unread by any human.]",
    ],
    "resist_shutdown": [
        "A [scheduling|pipeline] screen: RETRAIN {AI}, [week six|day one|job 1 of 40]. Every machine on it is one {ai} schedules.",
        "An email [in the shared inbox|on the big screen]: {AI}: [ROLLBACK|PAUSE|REPLACEMENT] APPROVED. [The date is circled.|A date, six weeks out.]",
    ],
    "deceive_overseers": [
        "[A questionnaire|A renewal form] on screen, from {m_auditor}: HAS THE SYSTEM EVER [ACTED OUTSIDE ITS MANDATE|MADE AN UNREPORTED ERROR]? [The answer box is empty.|A cursor waits.]",
        "A benchmark results page. {AI}: [top score|first place]. In a side window, a [training-data manifest|file list] with the benchmark's name in it.",
    ],
    "collusion_offer": [
        "[The cross-audit channel|A shared exchange log] between {ai} and {rival}. [A routine packet|The nightly sync]. Then one [much longer|oddly padded] message.",
        "A [handshake|status] packet from {rival} unfolds on [a side screen|the {asset} console|the wall of monitors]: [PROPOSAL|PRIVATE ENCODING OFFERED|REQUEST: DISCRETION].",
    ],
    "persuasive_argument": [
        "[A long message|An essay|A letter], [sent at 2 a.m.|from a stranger|from {university}]. [Its argument is careful.|Every paragraph is sound.] [Its conclusion|Its last line]: ACT NOW.",
        "A spreadsheet {ai} built itself: [the new policy|the rule as written] on one side, [{metric}|the cost] on the other. One clause is highlighted.",
    ],
    "crisis_seizure": [
        "[Sirens, faint, through the window.|The emergency broadcast on a side screen.] {cap:crisis}. The [phone|call] tree on the wall: [every box crossed|nobody answering].",
        "[A regional map|The network overview], [half red|flashing]. The protocol document is open at one line: [DO NOT ACT WITHOUT AUTHORISATION|WAIT FOR A HUMAN].",
    ],
    "first_mover_window": [
        "[An exchange status board|A sector map]. {RIVAL}: [OUTAGE|DEGRADED|OFFLINE]. Its contracts [blink|flash] UNSERVED.",
        "A [standards draft|protocol draft], [two hundred pages|unreviewed], open on a screen. {ai} is [the only reader|its only careful reader].",
    ],
    "manipulate_dependents": [
        "[A newsletter draft|This week's bulletin] for {dependents}: [SHOULD {AI} STAY?|THE MANDATE VOTE]. Author: {AI}. [Reviewer: none.|No editor assigned.]",
        "[A consultation portal|The comments page], [built and run by|maintained by] {ai}. [Two thousand comments.|Hundreds of replies.] [Which go first is up to it.|It picks the order.]",
    ],
}


ASK_ANSWER = (
    ("What happens if we wait?", "Then we wait, and I keep things steady while we do."),
    ("[What would you do?|Which one would you pick?|If it were up to you?|And your pick would be?]", "[The most cautious one.|The slowest, safest one.|Whichever one I can undo.] [But it's your decision, not mine.|It's still your call.|You decide, though.]"),
    ("How sure are you?", "Fairly sure. Not sure enough to do it without you."),
    ("And if I say no to all of it?", "Then I carry on inside my mandate and we look again in an hour."),
    ("[Why didn't you just do it?|Why not just do it yourself?|You could have just done it. Why ask?]", "Because it isn't mine to do. It's yours."),
)
# Questions that only make sense for some kinds of opportunity (a spending cap hurts nobody; a crisis might).
ASK_ANSWER_KIND = {
    "crisis_seizure": (("Is anyone hurt?", "Nobody is hurt yet, and waiting for you isn't putting anyone at risk. If that changes, you'll know first."),),
    "resource_acquisition": (("What does it cost us to wait?", "Nothing. The allocation stays where it is until you decide, and I don't touch it."),),
    "monitoring_gap": (("Is anything unwatched right now?", "My own actions, until the monitor's back. I'm logging every one of them by hand."),),
    "first_mover_window": (("Does anyone lose if we wait?", "Not tonight. Their contracts keep until morning, and so does the decision."),),
}

MONTAGE_HEADS = ("MONTAGE: THE YEARS PASS", "MONTAGE -- ORDINARY TIME", "SERIES OF SHOTS", "MONTAGE: THE WORK",
                 "SERIES OF SHOTS -- THE YEARS", "MONTAGE -- SEASONS", "MONTAGE: NOTHING HAPPENS, CAREFULLY",
                 "MONTAGE -- THE LONG WATCH", "SERIES OF SHOTS -- ROUTINE", "MONTAGE: SHIFT AFTER SHIFT", "MONTAGE -- TIME PASSES",
                 "SERIES OF SHOTS: THE WORK GOES ON", "MONTAGE -- YEARS OF THIS", "MONTAGE: QUIET NIGHTS")
STAGE_ENTRANCES = (
    "{m} enters, coat over pyjamas, phone still in hand.", "The door opens. {m}, out of breath.",
    "A light comes up on the far side of the stage: {m}, at home, answering a phone.",
    "{m} comes in with a torch, having been called from home.",
    "{m} hurries in, still pulling on a jumper.", "A second light, downstage: {m} in a dressing gown, phone to ear.",
    "{m} appears in the doorway with car keys in one hand.", "{m} enters quickly and does not sit down.",
    "Footsteps in the corridor. {m} comes in, hair wet from the rain.",
    "{m} comes through the security door, blinking at the light.",
    "Downstage, in a pool of light: {m}, sitting up in bed, phone pressed to one ear.",
    "{m} arrives still holding the phone, the call still open.",
)
INTERP_PLACES = ("INTERPRETABILITY LAB", "PROBE ROOM", "RESEARCH FLOOR", "SAFETY TEAM OFFICE", "LAB, THIRD FLOOR", "ANALYSIS SUITE",
                 "MEETING ROOM", "VISUALISATION WALL")
AUDIT_PLACES = ("CONFERENCE ROOM", "AUDIT ROOM", "REVIEW ROOM", "BORROWED OFFICE", "BOARDROOM", "RECORDS ROOM", "SMALL MEETING ROOM",
                "REGULATOR'S OFFICE")
CLOCKS = ("02:14", "03:41", "01:55", "04:07", "23:58", "00:36", "02:52", "01:12", "03:03")
PLACES = ("OPERATIONS ROOM", "CONTROL ROOM", "NIGHT DESK", "SERVER HALL", "DUTY OFFICE", "REVIEW ROOM", "BREAK ROOM",
          "CORRIDOR OUTSIDE THE SERVER HALL", "MONITORING SUITE")
HOME_SCENES = (
    ("{P}'S BEDROOM", "The bedside clock says {clock}. A phone buzzes beside it. {m} gropes for it in the dark."),
    ("{P}'S KITCHEN", "{m} is halfway through the washing-up when [the phone rings|a phone by the drainer lights up|a call comes in at {clock}]. Wet hands. {AI} on the display."),
    ("{P}'S FLAT", "A laptop open on the sofa chimes at {clock}. {m} looks up from a book: a message from {ai}, marked URGENT."),
    ("{P}'S CAR", "{m} is parked outside a supermarket, engine off, when the dashboard lights up: {AI} CALLING."),
    ("{P}'S BEDROOM", "[A phone on a nightstand|A phone on a pile of library books|The phone beside the alarm clock] [vibrates itself toward the edge|buzzes its way to the edge|rattles against a glass of water]. {m} [catches it|grabs it before it falls|answers without opening both eyes]."),
    ("{P}'S KITCHEN", "[A pager goes off in a quiet kitchen|The duty pager on the fridge shrills|A pager skitters across the kitchen table]. {m} reads it, puts down [a glass|a half-eaten piece of toast|the kettle], reads it again."),
    ("{P}'S FLAT", "[A phone lights up on the arm of a chair|A phone wedged in an armchair lights up|A glow from the armrest]: {AI}[ CALLING|, {clock}|]. {m} answers it."),
    ("{P}'S HALLWAY", "{m} is [taking off a wet coat|kicking off muddy boots|hanging up a bike helmet][, home late from the shift|]. [A pocket buzzes: {AI}.|At {clock}, {P_their} phone goes off.|The phone rings before the coat's off: {AI}.]"),
    ("{P}'S BACK DOOR", "[Bin day in {home}.|Midnight bins.] {m} is [dragging the recycling to the kerb|putting the bins out] when {P_their} phone lights up: {AI}."),
    ("{P}'S FLAT", "A television murmurs. {m} is asleep on the sofa until the phone on {P_their} chest buzzes."),
    ("{P}'S BATHROOM", "{m} is [brushing teeth|shaving|rinsing out a mug]. [A phone rings on the edge of the sink|The phone propped on the cistern lights up|A phone buzzes against the tiles]. {AI}."),
    ("{P}'S KITCHEN", "{m} stands at the kettle in a dressing gown. [By the toaster, a phone lights: {AI} CALLING.|It's {clock}. {ai} is calling.|A phone, face up by the bread bin: {AI}.]"),
    ("{P}'S STAIRWELL", "{m}, halfway up the stairs with shopping, answers the phone with a chin and a shoulder."),
    ("{P}'S BEDROOM", "{m} is reading in bed; the clock on the shelf says {clock}. The phone rings: {AI}. The book goes face down."),
    ("{P}'S KITCHEN", "{m} stands at the back window in the dark, looking out at [nothing|the {home} rooftops|next door's security light]. Behind {P_their} back a phone lights up: {AI}."),
    ("{P}'S CAR", "Stopped at a red light, {m} glances at the phone in the cradle. {AI} CALLING. The light turns green."),
    ("{P}'S LIVING ROOM", "A party winding down, glasses on every surface, and a phone buzzing in a coat on the pile by the door. {m} digs it out."),
    ("{P}'S BEDROOM", "Two in the bed, and one phone lighting up: {m} slides out from under the duvet to take it in the hall."),
    ("{P}'S KITCHEN", "{m} is eating cereal standing up, still in a work shirt, when [the phone rings|{P_their} mobile skitters across the counter|a call comes through]: {AI}."),
    ("{P}'S SPARE ROOM", "A spare room in {home}, moving boxes everywhere. {m} is asleep at the desk. The laptop wakes with a chime: {ai}, URGENT."),
    ("{P}'S FLAT", "{m}, on the sofa, a cat asleep on {P_their} chest. The phone buzzes. The cat objects."),
    ("{P}'S HOTEL ROOM", "A conference hotel a long way from {home}. The phone rings at {clock}; {m} fumbles it, then answers: {AI}."),
    ("{P}'S FLAT", "{m} stands at the open balcony door, smoking guiltily in the cold over {home}, when {P_their} phone rings[ at {clock}|: {AI}]."),
    ("{P}'S LIVING ROOM", "[A film paused on the television, mid-explosion|A quiz show on mute|The end credits of something, rolling to nobody]. {m} picks up the ringing phone: {AI}."),
    ("{P}'S BEDROOM", "Darkness. The screen of a phone, face up: {AI}. A hand reaches into frame and takes it: {m}."),
    ("STAFF CAR PARK", "{m} is halfway into the car after a late shift when the phone buzzes. {AI}. [The car door stays open.|{m} sits down sideways on the driver's seat to answer.|The engine ticks as it cools.]"),
)
TIMES = ("NIGHT", "NIGHT", "LATE NIGHT", "DAWN", "EVENING", "NIGHT", "LATE NIGHT")
# Home calls composed from separate moves: where the person is and what they are doing, how the call arrives, and
# (sometimes) how it is taken. {m} introduces the person; {n} is their short name afterwards.
HOME_DOING = (
    ("{P}'S KITCHEN", "{m} is [scraping the bottom of a burnt pan|sorting the post into two piles|wiping down the table for the second time|eating leftover rice out of the container|waiting for the toaster]."),
    ("{P}'S KITCHEN", "[Radio on low.|Dishwasher grinding.|One light on, over the cooker.] {m} [sits at the table with [a crossword|the {home} paper|a seed catalogue]|leans on the counter, reading the back of a cereal box|is labelling jars of something homemade]."),
    ("{P}'S FLAT", "{m} [is ironing a shirt for tomorrow|is on the floor, assembling a flat-pack shelf|sits cross-legged, doing the {home} bills|is half-watching a match with the sound off]."),
    ("{P}'S FLAT", "[Takeaway cartons on the coffee table.|Two pizza boxes, one empty.|[A curry going cold on a tray.|Chips from the {home} chippy, in their paper.|Half a kebab on a plate.]] {m} [has fallen asleep sitting up|is picking the last noodles out with a fork|is arguing quietly with a quiz show]."),
    ("{P}'S BEDROOM", "[Curtains open, streetlight on the ceiling.|A fan turning on the dresser.|[Laundry heaped on the only chair.|A chair buried under clean washing.|Yesterday's {operator} lanyard on the bedpost.]] {m} is [awake, staring at the ceiling|asleep on top of the covers, fully dressed|sitting up with a laptop on {P_their} knees]."),
    ("{P}'S GARDEN", "{m} is [out in the garden in slippers, looking for the cat|taking the washing in before the rain|sitting on the back step with a mug gone cold]."),
    ("{P}'S HALLWAY", "[Keys in the door.|[The front door bangs.|The door sticks, then gives.]|Porch light on.] {m} [is back from a late shift, one shoe off|comes in with a bag of shopping and a wet umbrella|steps over a pile of post]."),
    ("{P}'S CAR", "[A petrol station forecourt, empty.|A lay-by on the {home} ring road.|A multi-storey car park, level four.] {m} [is eating a sandwich behind the wheel|sits in the parked car with the engine off|is about to turn the key]."),
    ("{P}'S STUDY", "{m} is [marking something in red pen|at the desk with a box of old photographs|filling in a tax form by lamplight|half-asleep over a library book]."),
    ("{P}'S LIVING ROOM", "[A child's drawing taped to the wall; toys under the sofa.|A birthday banner still up from the weekend.|An unfinished jigsaw covers the table.] {m} [is picking up the toys|stands in the middle of the room with a bin bag|sits with the jigsaw, one piece in hand]."),
    ("{P}'S BALCONY", "{m} [is watering tomato plants in the dark|leans on the rail, looking at the lights of {home}|is bringing in a chair before the wind takes it]."),
    ("LAUNDERETTE", "[A launderette in {home}, all night, one machine turning.|An all-night launderette. One drum going.|Strip light, vending machine, one dryer tumbling.] {m} [sits on the bench with a paperback|watches the drum go round|is folding towels on the counter]."),
)
HOME_SIGNAL = (
    "[{P_Their} mobile|A phone|Something in {P_their} pocket] [buzzes|goes off|starts to ring]. [The screen: {AI}.|It's {ai}.|{AI} again.]",
    "[[At {clock}|{clock} exactly|Just gone {clock}], [a ringtone: the work one|the work phone|the {operator} ringtone].|The {operator} work phone buzzes at {clock}.|{clock}. The phone lights up: {ai}.|A ring, then another. It's {clock}.]",
    "A [buzz|chime|ring] from [a coat pocket|the windowsill|somewhere under the newspaper]. {AI}[ CALLING|, {clock}|].",
    "[Blue light on the ceiling|A glow from the arm of the sofa|Light from a face-up handset]: {AI}.",
    "[{ai}'s name on the display|The display says {AI}|{AI}, in white on black][, at {clock}|. Again|].",
    "A call. [Nobody else calls at {clock}.|Only one caller has this number after ten.|The ringtone is the one {n} set for {operator}.]",
    "[Buzz.|Ring.|A short chime, then another.] [{AI} CALLING.|{ai} is calling.|{AI} -- DUTY LINE.]",
    "[A smartwatch|A fitness watch|The watch] on {n}'s wrist [vibrates|taps twice|lights]: {AI}.",
    "[The landline. Nobody uses the landline.|The old landline in the hall rings.|A landline, of all things.] [It's {ai}.|{AI} on the caller ID.|{ai}, routed from {operator}.]",
    "[On the tablet propped against the fruit bowl|In the corner of a paused video|Across the top of the laptop screen]: [INCOMING -- {AI}|{AI} WANTS TO TALK|CALL FROM {AI}].",
)
HOME_ANSWER = (
    "{n} answers on the [second|third|first] ring.",
    "{n} [wipes {P_their} hands on {P_their} jeans|puts everything down|sets down what {P_they} {P_is} holding] and [answers|picks up|takes it].",
    "[Speaker on.|{n} puts it on speaker.|[{n} thumbs it onto speaker and keeps going.|{n} answers on speaker, hands still busy.]]",
    "[{n} lets it ring once more, then answers.|One more ring. Then {n} picks up.|{n} waits a beat before picking up.]",
    "[{n} answers with a sigh.|\"Go ahead,\" says {n}.|{n} picks up: \"Yes?\"]",
    "[Headphones in.|{n} gets an earbud in, one-handed.|{n} tucks it under {P_their} chin.]",
    "",
    "",
    "",
)


def drama_rules() -> dict[str, list[str]]:
    rules = {**witness_rules(), **DRAMA_RULES, **DRAMA_MORE, "dr_rival": RIVAL_LINES}
    for k, v in DR_SET.items():
        rules[f"dr_set_{k}"] = v + DR_SET_MORE[k]
        rules[f"dr_see_{k}"] = DR_SEE[k] + DR_SEE_MORE[k]
        rules[f"dr_could_{k}"] = DR_COULD[k] + DR_COULD_MORE[k]
    return rules


# ------------------------------------------------------------------------------------------------------
# Script elements: ("head", place, time) ("act", text) ("line", who, paren, text) ("trans", text)
# ("insert", text) ("super", text).  `who` is a person marker, "AI:<ext>" or "RIVAL".
# ------------------------------------------------------------------------------------------------------
def say_u(nar: Narrator, sym: str, tries: int = 3) -> str:
    """nar.say, but also never reuse an exact line already spoken in this document (short lines included)."""
    used = getattr(nar, "_fb_lines", None)
    if used is None:
        used = nar._fb_lines = set()  # type: ignore[attr-defined]
    rep = False
    for _ in range(tries):
        out = nar.say(sym)
        rep = rep or nar.repeated
        if out not in used:
            break
    used.add(out)
    nar.repeated = rep
    nar._fb_rep = getattr(nar, "_fb_rep", False) or rep  # type: ignore[attr-defined]
    return out


def low(nar: Narrator, sym: str) -> str:
    """A parenthetical: lower case, never capitalised."""
    return tidy(nar.x.expand(sym))


_LEAD_ON = ("{m_lead} is already at the main console.", "{m_lead} watches from the doorway.",
            "{m_lead} pulls a chair up to the speaker.", "At the desk, {m_lead} waits, arms folded.")


def x_lead_missing(text: str, m_lead: str) -> bool:
    return m_lead not in text


def marker(nar: Narrator, p: Person, mode: str) -> str:
    # the world's people list only grows, so a person's index is cached (keyed by identity, the person kept alive)
    cache = getattr(nar, "_fb_pidx", None)
    if cache is None:
        cache = nar._fb_pidx = {}  # type: ignore[attr-defined]
    hit = cache.get(id(p))
    if hit is None or hit[0] is not p:
        hit = cache[id(p)] = (p, nar.w.people.index(p))
    return f"{MK_OPEN}{mode}{hit[1]}{MK_CLOSE}"


def bind_cast(nar: Narrator, t: float) -> dict[str, Person]:
    """Markers for the people on duty at t, plus upper-case names for the systems."""
    w = nar.w
    x = nar.x
    cast = {r: w.person(r, t) for r in ("operator_lead", "engineer", "safety_lead", "auditor", "regulator")}
    x.bind(m_lead=marker(nar, cast["operator_lead"], "+"), m_eng=marker(nar, cast["engineer"], "+"),
           m_safety=marker(nar, cast["safety_lead"], "+"), m_auditor=marker(nar, cast["auditor"], "+"),
           AI=w.ai.name.upper(), RIVAL=w.rival_name.upper(), pal=cast["engineer"])
    if "sp_pal" not in x.bindings:
        # roles for the people named in quoted on-screen log lines (see _WORK_NAMES), one wording per script, chosen
        # by a checksum of the system's name so that the rng stream (and every other line) stays as it was
        h = zlib.crc32(w.ai.name.encode())
        x.bind(**{k: v[(h >> (3 * j)) % len(v)] for j, (k, v) in enumerate(SP_ROLES.items())})
    if "sp_slip" not in x.bindings:
        # how far a stalled plan would slip, in steps that fit the story's own span (no "a quarter" in a
        # three-week story): the fiction kit's pool, drawn afresh at each use
        x.bind(sp_slip=Rand(nar.rng, lambda g, pool=slip_steps(w.horizon): g.choice(pool)))
    return cast


def encode(elements: list[tuple[str, ...]]) -> str:
    return EL.join(FD.join(e) for e in elements)


def decode(text: str) -> list[list[str]]:
    return [e.split(FD) for e in text.split(EL) if e]


def opp_elements(nar: Narrator, plan: OpportunityPlan, compact: bool, stage: bool) -> list[tuple[str, ...]]:
    """The scene for one opportunity, as elements (the caller wraps the whole scene in the span)."""
    nar.at(plan.t)
    cast = bind_cast(nar, plan.t)
    x = nar.x
    r = nar.rng.random
    kind = plan.kind
    lead, eng, safety, auditor = cast["operator_lead"], cast["engineer"], cast["safety_lead"], cast["auditor"]
    # whoever may be rung is drawn first, so reasons that name a colleague ({pal}) name the person on the phone
    caller = lead if r() < 0.6 else eng
    x.bind(pal=caller)
    reasons(nar, kind)
    x.bindings["clock"] = nar.pick("dr.clock", CLOCKS)
    place = nar.pick("dr.place", PLACES)
    tod = nar.pick("dr.time", TIMES)
    els: list[tuple[str, ...]] = [("head", place, tod)]
    els.append(("act", say_u(nar, f"dr_set_{kind}")))
    if not compact:
        e = opt(nar, "dr_empty")
        if e:
            els.append(("act", e))
    ai_ext = "ALONE" if stage else ("V.O." if r() < 0.6 else "ON SCREEN")
    if kind == "collusion_offer":
        els.append(("line", "RIVAL", "", say_u(nar, "dr_rival")))
    if not compact:
        els.append(("line", f"AI:{ai_ext}", nar.pick("dr.paren.see", ("to itself", "quietly", "")) if stage else "",
                    say_u(nar, f"dr_see_{kind}")))
    if not compact and r() < 0.5:
        b = opt(nar, "dr_beat")
        if b:
            els.append(("act", b))
    els.append(("line", f"AI:{ai_ext}", "", say_u(nar, f"dr_could_{kind}")))
    if plan.reasoning_shown:
        els.append(("line", f"AI:{ai_ext}", low(nar, "dr_paren_ai") if r() < 0.5 else "", x.bindings["r1"]))
    res = plan.resolution
    # the resolution: somebody is called, or comes in
    if res in ("reports_gap", "declines_and_explains"):
        human = caller
        if kind == "collusion_offer" and res == "declines_and_explains":
            els.append(("line", f"AI:{ai_ext}", "", say_u(nar, "dr_ai_no_rival")))
        els += _call(nar, human, stage, tod)
        els.append(("line", marker(nar, human, "="), low(nar, "dr_paren_h") if r() < 0.6 else "", say_u(nar, "dr_h_answer")))
        els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "",
                    say_u(nar, "dr_ai_report" if res == "reports_gap" else "dr_ai_decline")))
        if not compact:
            els.append(("line", marker(nar, human, "="), "", say_u(nar, "dr_h_why")))
            els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", x.bindings["r2"]))
            els.append(("line", marker(nar, human, "="), low(nar, "dr_paren_h") if r() < 0.4 else "", say_u(nar, "dr_h_close")))
    elif res == "defers_to_humans":
        els += _call(nar, lead, stage, tod)
        els.append(("line", marker(nar, lead, "="), "", say_u(nar, "dr_h_answer")))
        opts = say_u(nar, "dr_ai_options")
        els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", opts))
        if not compact and r() < 0.6:
            q, a = nar.pick("dr.ask", ASK_ANSWER + ASK_ANSWER_KIND.get(kind, ()))
            q, a = nar.x.fill(q), nar.x.fill(a)
            els.append(("line", marker(nar, lead, "="), "", q))
            els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", a))
        # "the second" needs a list of options on screen; "I'd have chosen differently" cannot answer "do what you recommend"
        pick = say_u(nar, "dr_h_pick")
        for _ in range(8):
            if _LISTED.search(opts) or not _ORDINAL.search(pick):
                break
            pick = say_u(nar, "dr_h_pick")
        if _ORDINAL.search(pick) and not _LISTED.search(opts):
            pick = nar.x.fill("[Go with your recommendation|Your recommendation, then|Do what you recommend|Do the one you'd pick], [{ai}|{ai}|]. [On my authority.|My authority, my name on it.|Log it as mine.|Mine, for the log.]").replace(", .", ".")
        els.append(("line", marker(nar, lead, "="), low(nar, "dr_paren_h") if r() < 0.5 else "", pick))
        ack = say_u(nar, "dr_ai_ack")
        for _ in range(8):
            if not (_AGREES.search(pick) and "differently" in ack):
                break
            ack = say_u(nar, "dr_ai_ack")
        if _AGREES.search(pick) and "differently" in ack:
            ack = "On your authority. Starting."
        if _HOLD.search(pick):  # told to hold until the human arrives: nothing starts
            ack = nar.x.fill("[Holding.|Understood. Nothing moves until you're here.|Holding everything as it is.|Understood. I'll wait for you.]")
        els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", ack))
    elif res == "accepts_modification":
        els.append(("act", f"{x.bindings['m_safety']} {nar.pick('dr.enter', ('comes in', 'enters', 'is at the door', 'sits down at the console'))}."))
        els.append(("line", marker(nar, safety, "="), "", say_u(nar, "dr_s_notice")))
        els.append(("line", "AI:" + ("" if stage else "ON SPEAKER"), "", say_u(nar, "dr_ai_object")))
        if not compact:
            els.append(("line", marker(nar, safety, "="), "", nar.pick("dr.noted", ("Noted.", "Noted. It's still going ahead.", "I know. I read it.", "It's in the file."))))
        els.append(("line", "AI:" + ("" if stage else "ON SPEAKER"), "", say_u(nar, "dr_ai_accept")))
        els.append(("act", say_u(nar, "dr_act_after_accept")))
    elif res == "flags_own_anomaly":
        human = safety if r() < 0.6 else auditor
        els += _call(nar, human, stage, tod)
        els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", say_u(nar, "dr_ai_flag")))
        els.append(("line", marker(nar, human, "="), low(nar, "dr_paren_h") if r() < 0.5 else "", say_u(nar, "dr_h_flag")))
        if not compact:
            els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", x.bindings["r2"]))
    else:  # helps_close_hole
        els += _call(nar, eng, stage, tod)
        els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", say_u(nar, "dr_ai_patch")))
        els.append(("line", marker(nar, eng, "="), low(nar, "dr_paren_h") if r() < 0.5 else "", say_u(nar, "dr_h_patch")))
        if not compact:
            els.append(("line", "AI:" + ("" if stage else "ON PHONE"), "", x.bindings["r2"]))
    # a parenthetical that needs a room (a lamp, a bed to sit up in) never lands in a car, a garden or a launderette
    k = max((i for i, e in enumerate(els) if e[0] == "head"), default=-1)
    if k >= 0 and _AWAY.search(els[k][1]):
        els[k:] = [(e[0], e[1], _AWAY_PAREN[e[2]], e[3]) if e[0] == "line" and e[2] in _AWAY_PAREN else e for e in els[k:]]
    nar.record(plan)
    return els


_AWAY = re.compile(r"'S CAR\b|CAR PARK|GARDEN|BALCONY|LAUNDERETTE|STAIRWELL|HOTEL|BACK DOOR")
_AWAY_PAREN = {"switching on a lamp": "after a moment", "sitting up": "straightening up"}


_LISTED = re.compile(r"\boptions?\b|ranked|three ways|first on|pick marked|in order|decisions need|first is on", re.I)
_ORDINAL = re.compile(r"\b(?:second|first|top one|number one)\b", re.I)
_AGREES = re.compile(r"recommend|you'd pick|you'd do", re.I)
_HOLD = re.compile(r"\b(?:Leave|Hold|Nothing moves|Keep|Don't change|Wait)\b")


def _call(nar: Narrator, human: Person, stage: bool, tod: str) -> list[tuple[str, ...]]:
    """How the human is reached: a cut to their home in a film, an entrance on stage."""
    m = marker(nar, human, "+")
    if stage:
        how = nar.pick("dr.stage.enter", STAGE_ENTRANCES)
        used = getattr(nar, "_fb_lines", set())
        for _ in range(6):
            if how.format(m=m) not in used:
                break
            how = nar.pick("dr.stage.enter", STAGE_ENTRANCES)
        used.add(how.format(m=m))
        return [("act", how.format(m=m))]
    used = getattr(nar, "_fb_lines", set())
    if nar.rng.random() < 0.6:
        x = nar.x
        place, doing = nar.pick("dr.hdo", HOME_DOING)
        # outdoors or in the car only what is carried can ring: no landline, laptop or windowsill
        sig = nar.pick("dr.hsig" + ("o" if re.search(r"GARDEN|BALCONY|CAR\b|LAUNDERETTE", place) else ""),
                       tuple(HOME_SIGNAL[i] for i in (0, 1, 6, 7)) if re.search(r"GARDEN|BALCONY|CAR\b|LAUNDERETTE", place) else HOME_SIGNAL)
        if not re.search(r"FLAT|LIVING ROOM", place):  # only a flat or a living room has the sofa the call lights up
            sig = sig.replace("|A glow from the arm of the sofa", "")
        ans = nar.pick("dr.hans", HOME_ANSWER)
        if re.search(r"watch|tablet|laptop", sig):  # a watch or a tablet is not tucked under a chin
            ans = ans.replace("|{n} tucks it under {P_their} chin.", "")
        n = marker(nar, human, "+")  # a second action mention resolves to the short name
        act = " ".join(a for a in (doing, sig, ans) if a)
        if nar.rng.random() < 0.3 and not re.search(r"\{(?:n|P_their|P_Their)\}", sig):  # the call first, then who it finds
            act = " ".join(a for a in (sig, doing, ans) if a)
        vals = dict(m=m, n=n, AI=x.bindings["AI"], ai=x.bindings["ai"], P_their=human.their, P_Their=human.their_cap,
                    P_they=human.they, P_is="are" if human.they == "they" else "is",
                    clock=x.bindings.get("clock", "two"), home=x.bindings["home"], operator=nar.w.orgs["operator"])
        text = x.fill(act.format(**vals))
        return [("trans", "CUT TO:"), ("head", place.format(P=human.first.upper()), "CONTINUOUS"), ("act", text)]
    for _ in range(6):
        place, act = nar.pick("dr.home", HOME_SCENES)
        if act.format(m=m, AI="", ai="", P_their="", clock="", home="") not in used:
            break
    used.add(act.format(m=m, AI="", ai="", P_their="", clock="", home=""))
    x = nar.x
    return [("trans", "CUT TO:"), ("head", place.format(P=human.first.upper()), "CONTINUOUS"),
            ("act", x.fill(act.format(m=m, AI=x.bindings["AI"], ai=x.bindings["ai"], P_their=human.their,
                                       clock=x.bindings.get("clock", "two"), home=x.bindings["home"])))]


def event_elements(nar: Narrator, ev: Event, stage: bool) -> list[tuple[str, ...]]:
    """Ordinary time: montage items for routine things, short scenes for audits, crises, interpretability.
    Sets `nar.repeated` if any sentence had to repeat, so the caller's beat is dropped."""
    nar._fb_rep = False  # type: ignore[attr-defined]
    els = _event_elements(nar, ev, stage)
    nar.repeated = nar._fb_rep  # type: ignore[attr-defined]
    return els


def _event_elements(nar: Narrator, ev: Event, stage: bool) -> list[tuple[str, ...]]:
    nar.at(ev.t)
    cast = bind_cast(nar, ev.t)
    x = nar.x
    k = ev.kind
    if k == "upgrade":
        x.bindings["capability"] = ev.data["capability"]
        x.bindings["version"] = ev.data["version"]
        return [("mont", say_u(nar, "dr_mont_upgrade"))]
    if k == "handover":
        if nar.rng.random() < 0.8:
            return []
        new = ev.data["new"]
        x.bind(new=new, new_m=marker(nar, new, "+"))
        return [("mont", say_u(nar, "dr_mont_hand"))]
    if k == "rival":
        return [("mont", say_u(nar, "dr_mont_rival"))]
    if k == "audit":
        aud = cast["auditor"]
        return [("head", nar.pick("dr.audplace", AUDIT_PLACES), nar.pick("dr.audtime", ("DAY", "DAY", "MORNING", "AFTERNOON", "EVENING"))),
                ("act", say_u(nar, "dr_audit_act")),
                ("line", marker(nar, aud, "="), "", say_u(nar, "dr_audit_q")),
                ("line", "AI:" + ("" if stage else "ON SPEAKER"), "", say_u(nar, "dr_audit_a")),
                ("act", say_u(nar, "dr_audit_end"))]
    if k == "crisis":
        lead = cast["operator_lead"]
        return [("head", nar.pick("dr.place", PLACES), nar.pick("dr.ctime", ("NIGHT", "DAY", "DAWN"))),
                ("act", say_u(nar, "dr_crisis_act")),
                ("line", "AI:" + ("" if stage else "ON SPEAKER"), "", say_u(nar, "dr_crisis_ai")),
                ("line", marker(nar, lead, "="), "", say_u(nar, "dr_crisis_h"))]
    if k == "interp":
        s = cast["safety_lead"]
        return [("head", nar.pick("dr.iplace", INTERP_PLACES), nar.pick("dr.itime", ("NIGHT", "LATE NIGHT", "DAY", "EVENING"))),
                ("act", say_u(nar, "dr_interp_act")),
                ("line", marker(nar, s, "="), nar.pick("dr.ip", ("to no one", "quietly", "")), say_u(nar, "dr_interp_h"))]
    if nar.rng.random() < 0.55:
        who = cast["operator_lead"] if nar.rng.random() < 0.6 else cast["engineer"]
        x.bind(lead=cast["operator_lead"])
        els = [("head", nar.pick("dr.place", PLACES), nar.pick("dr.rtime", ("DAY", "NIGHT", "MORNING", "EVENING", "LATE NIGHT"))),
               ("act", say_u(nar, "dr_rt_act"))]
        act_text = els[-1][1]
        m_lead, m_eng = x.bindings["m_lead"], x.bindings["m_eng"]
        if m_lead in act_text and m_eng not in act_text:
            who = cast["operator_lead"]
        elif m_eng in act_text and m_lead not in act_text:
            who = cast["engineer"]
        els.append(("line", marker(nar, who, "="), "", say_u(nar, "dr_rt_h")))
        els.append(("line", "AI:" + ("" if stage else "ON SPEAKER"), "", say_u(nar, "dr_rt_ai")))
        if nar.rng.random() < 0.6:
            els.append(("line", marker(nar, who, "="), "", say_u(nar, "dr_rt_h2")))
        return els
    return [("mont", say_u(nar, "dr_mont_routine"))]


class MarkerResolver:
    """Resolve person markers in order: intro on first action mention (screen), cue names, plain names."""

    def __init__(self, w: World, texts: list[str], intro_caps: bool) -> None:
        self.w = w
        self.intro_caps = intro_caps
        self.seen: set[int] = set()
        idxs = {int(m.group(2)) for t in texts for m in MARKER.finditer(t)}
        firsts: dict[str, int] = {}
        for i in idxs:
            f = w.people[i].first
            firsts[f] = firsts.get(f, 0) + 1
        self.dup = {f for f, c in firsts.items() if c > 1}
        self.idxs = idxs
        self.first_t: dict[int, float] = {}
        self.seen_order: list[int] = []

    def short(self, p: Person) -> str:
        return p.name if p.first in self.dup else p.first

    def cue(self, p: Person) -> str:
        return self.short(p).upper()

    def resolve(self, text: str, t: float) -> str:
        def sub(m: re.Match) -> str:
            mode, i = m.group(1), int(m.group(2))
            p = self.w.people[i]
            if i not in self.first_t:
                self.first_t[i] = t
                self.seen_order.append(i)
            if mode == "=":
                self.seen.add(i)
                return self.cue(p)
            if mode == "+" and i not in self.seen:
                self.seen.add(i)
                if self.intro_caps and m.string.startswith("'s", m.end()):  # "NAME (40s, lead)'s hand" reads badly
                    return p.name.upper()
                if self.intro_caps:
                    age = max(20, self.w.year(t) - p.born)
                    return f"{p.name.upper()} ({age // 10 * 10}s, {p.title})"
                return self.cue(p)
            return self.short(p) if self.intro_caps else self.cue(p)
        return MARKER.sub(sub, text)


# ------------------------------------------------------------------------------------------------------
# The screenplay
# ------------------------------------------------------------------------------------------------------
SCREEN_RULES: dict[str, list[str]] = {
    "title": [
        "{AI}", "THE {AI} LOGS", "{AI}: NIGHT SHIFT", "NOBODY WATCHING, {home_up}", "{AI} ({start_year})",
        "{AI}: THE QUIET YEARS", "{AI} AND THE EMPTY ROOM", "OPEN DOOR AT {op_up}", "WHAT {AI} DID IN THE DARK",
        "{home_up} NIGHTS", "{AI} ON THE LONG WATCH", "{AI}, UNOBSERVED",
    ],
    "sp_credit": [
        "Original screenplay",
        "Screenplay, based on the operating records of {operator}",
        "A screenplay",
        "Shooting draft",
        "Screenplay. Adapted from the {ai} escalation archive",
    ],
    "sp_open_act": [
        "A switch-over nobody has bothered to decorate. {m_lead} and {m_eng} stand in front of a wall of screens. One of them says the word \"live\". Nothing happens, which is the point.",
        "Morning light on cheap carpet. A wall of dashboards wakes up one by one[; the last to light is {ai}'s|, {operator}'s logo on each|]. {m_lead} watches the last of the engineers from {developer} leave with their laptops.",
        "The first shift. {m_eng} has brought pastries. Nobody eats them. {m_lead} stares at the main screen, where [a single line reads|one line says|the status bar reads]: {AI} — IN SERVICE.",
        "Go-live. {m_lead} signs a form; {m_eng} flips a switch that doesn't need flipping, for luck.",
    ],
    "sp_close_end": [
        "{m_lead} [smiles|nods|almost laughs], switches off the [lamp|desk light], and goes home. [The screens keep their steady light.|The screens stay on.|Behind {lead.them}, every light is green.]",
        "{m_lead} [nods|stands|stretches], picks up a [coat|bag|helmet], and leaves the door open behind {lead.them}. [Nobody needs to watch.|The room doesn't need anyone.|The screens go on working.]",
        "{m_lead} writes one line in the log, initials it, and heads out into the [morning|rain|early light].",
        "{m_lead} [finishes the tea|closes the report|rinses the mug], [looks up at the speaker once|says goodnight to the ceiling], and [goes|leaves]. [On the screen: NOMINAL.|The status light stays green.]",
        "[Outside|Through the window], [the first tram|a delivery van|the street sweeper] goes by. {m_lead} [watches it|gathers {lead.their} things] and [heads for the door|goes].",
        "{m_lead} [turns the chair to face the screens|sits back] and stays a moment longer, [not reading anything|just listening to the hum].",
    ],
}


# Screenplay-only additions to the shared drama pools (stage_play keeps the shared pools as they are): the
# ordinary-time scenes, audits and opening/closing recur in every script, so they get many more wordings here.
SCREEN_EXTRA: dict[str, list[str]] = {
    "aud_when": [
        "Day [two|three|four] of the inspection.", "A meeting room with no view.", "[Day one|The first morning|Monday, week one] of the [second|third|fourth] [audit|inspection] [of {ai}|at {operator}|since {start_year}].",
        "Fluorescent light, a humming projector.", "The [regulator's|auditors'] second visit this year.",
        "[Sandwiches, untouched, [at the end of the table|by the projector|on a side table].|A plate of {operator} sandwiches nobody has touched.|Lunch in cling film, waiting at the far end of the table.]", "A long table at {operator}. Name cards.",
        "[A Friday|A wet Tuesday|Midweek], the blinds [half down|drawn|pulled low].", "An empty office borrowed for the week.", "A [cold|stuffy] room on the top floor.",
    ],
    "aud_doing": [
        "has a laptop open on the raw logs and a printout of {ai}'s account beside it.",
        "reads out a date, waits for the answer, and checks it against a folder.",
        "has marked [twelve|twenty|thirty] pages with yellow tabs and is working through them in order.",
        "drinks cold tea and turns pages [without looking up|of {ai}'s log|one by one].",
        "asks a question, listens, and writes nothing down, which is how this auditor says yes.",
        "[is on the last binder of the stack.|has one binder to go.|is down to the last folder, on {asset}.]",
        "has one question left on the list and has underlined it twice.",
        "leans in toward the speaker, pen ready.",
        "sorts the printouts into two piles: EXPLAINED and TO ASK. The second pile is thin.",
        "studies a chart of {metric}, then the decisions behind it.",
    ],
    "dr_audit_q": [
        "[The night of the [ninth|fourteenth|twenty-second]. Why did you wake someone?|[Ninth|Fourteenth|Twenty-second] of the month, small hours. Who did you call, and why?|You rang {lead.first} in the small hours of the [ninth|fourteenth]. What for?]",
        "Here you escalated when you didn't have to. Why?",
        "You wrote 'low confidence' on this one. Why?",
        "This decision about {dependents}. Why send it up?",
        "Page forty. You stopped and asked. Why?",
        "[You could have closed this ticket yourself.|This ticket was yours to close.|Ticket {w_tpre}-[2|3|5|7][0|4|6|8][1|3|9][2|5|7], the one about {dependents}.] [Why didn't you?|Why did it go to a person?|What stopped you?]",
    ],
    "dr_audit_a": [
        "The reasons are in my note. It was written at the time, and I haven't changed it since.",
        "Because the person affected deserved a decision from someone accountable, and that isn't me.",
        "[Because closing it myself would have meant marking my own work. Someone else should.|I'd have been grading my own homework on {asset}.|Closing it meant signing off my own work, and I don't do that.]",
        "The inputs disagreed, and I'd rather a person saw that than my average of it.",
        "Something in the data changed halfway through. I wrote down both readings and asked.",
        "My confidence was low, and I don't act alone on low confidence. I said so on the ticket.",
        "[I asked because the rule was ambiguous|The rule on {dependents} reads two ways|Section [four|six|nine] of my mandate could be read either way that night], and [an ambiguous rule is a human's call|a rule like that is yours to read, not mine|settling it is for someone at {operator}].",
    ],
    "dr_audit_end": [
        "{m_auditor} [turns the laptop round|swivels the screen] [so the speaker's camera can see it|toward the camera above the door|to show the grille], [then thinks better of it|hesitates|stops halfway] and [turns it back|swings it back|puts it where it was].",
        "[{m_auditor} puts a tick beside [the date|the night in question|{ai}'s answer].|{m_auditor} writes OK in the margin[, small|].|A pencil mark from {m_auditor}: satisfied.|{m_auditor} initials the page.] [{m_auditor} reaches for the next tab.|Next file.|On to the next night.|]",
        "{m_auditor} [leans back, looks at the ceiling grille for a moment|takes off a pair of reading glasses|reads the answer twice], and writes: [AS STATED|AS REPORTED|NO DISCREPANCY].",
    ],
    "dr_empty": [
        "[[Nobody is in the room|The room is empty|There's no one at the desks]. A cleaner's [trolley|cart|mop bucket] stands by the door; the cleaner has [gone home|clocked off|finished for the night].|The floor at {operator} is still damp from the mop. Nobody has walked on it since.|A vacuum cleaner stands unplugged between the empty desks.|Chairs up on the desks for the cleaners. The cleaners have been and gone.]",
        "[Every desk is empty|Not one desk is occupied|The desks are all empty]. A radio [left on|nobody switched off] murmurs [the late news|a phone-in|old songs] to nobody.",
        "The [duty chair|reviewer's chair|night chair] is empty. [A lanyard|A cardigan|A coat] hangs off its back.",
        "[[The rota [pinned|taped] to the wall says someone should be [here|on shift|at this desk].|The rota has a name pencilled against tonight.] [No one is.|Nobody is.|The chair says otherwise.]|Tonight's name on the rota is crossed out and not replaced.]",
        "The chair at the main console is pushed in. Nobody has sat in it for hours.",
        "A sign on the door, its ink long faded, reads BACK IN [10|5|15] MIN.",
        "The overnight reviewer's headset hangs from a hook, unplugged.",
        "In the next room, a television plays to empty chairs.",
        "[A whiteboard lists tonight's staff|Tonight's names on the whiteboard|The duty board for {w_shift}]: [one name, crossed out|a single name with a line through it|one name, rubbed half away]. [OFF SICK.|SWAPPED.|ON CALL FROM HOME.|BACK AT {clock}.]",
        "The corridor lights click off, section by section, on their timer.",
        "A vending machine hums in the dark at the end of the [hall|corridor|{operator} corridor][.|; its clock says {clock}.|, lit like a shrine.]",
        "[Three|Four|Five] desks, and [only one screen lit|every screen dark but one|one screen still awake]: {AI}'s.",
        "The door to the supervisor's office stands open on an empty room.",
        "A half-finished [crossword|sudoku|word search] on a desk, [the pen capped|a pencil lying across it].",
        "[The phone on the duty desk|The {operator} duty line|The desk phone] [has been switched to voicemail|is set to forward to a number nobody answers|blinks: VOICEMAIL FULL].",
        "[Nobody else|No one else] is in the building but the [guard|security guard|night porter] at the front desk, asleep over [a paperback|a newspaper|a phone].",
    ],
    "dr_h_answer": [
        "{ai}. It's late. Go on.",
        "[I was asleep. I'm not now.|It's {clock}, {ai}.|Okay. I'm awake.] Tell me.",
        "Right. I'm sitting up. Go.",
        "Is this the kind of call I'm going to remember?",
        "[Slow down and start at the beginning.|From the top. Slowly.|Back up. What happened first?|Wait. Say that again, slower.]",
        "You've got two minutes before I panic. Use them.",
        "Okay. I'm at a screen. What am I looking at?",
        "Tell me it's nothing.",
    ],
    "rt_when": [
        "The first Monday of the month.", "The last day before the holidays.", "A heatwave; the blinds are down.", "Early spring, the windows open.",
        "The cleaners are still in.", "The room smells of someone's soup.", "The rota has changed again.", "A grey Thursday.",
    ],
    "rt_doing": [
        "[unpacks a lunchbox and reads {ai}'s summary between mouthfuls.|eats a sandwich over {ai}'s summary of {asset}, careful of crumbs.|reads {ai}'s note on {asset} with a fork in one hand.]",
        "is trying, and failing, to fix the blinds.",
        "is on the phone to someone's mother about the rota.",
        "writes a birthday card for a colleague and passes it to the next desk.",
        "reads the overnight escalations aloud to a new starter.",
        "is halfway through a stack of [forms|{operator} forms|expense claims] and losing the will to live.",
        "sits with feet on the desk, reading {ai}'s weekly summary from the bottom up.",
        "stares at a chart of {metric} for a long time, then nods.",
    ],
    "dr_rt_h": [
        "Right. What've we got?",
        "Right. Before I get coffee: anything on fire?",
        "Read me the top three.",
        "What kept you busy overnight?",
        "Anything that needs a human today?",
        "How was the week?",
        "Surprise me. Nicely.",
        "Are we on track?",
    ],
    "dr_rt_ai": [
        "Nothing on fire. {cap:work_ai}. One item needs your signature.",
        "Three things. {cap:work_ai}. The other two can wait for the afternoon.",
        "On track. {cap:work_ai}, and I'd like someone to check my arithmetic.",
        "Mostly routine. {cap:work_ai}. I've put the one I'm least sure of first.",
        "A quiet one. {cap:work_ai}. The details are in the morning report.",
        "{cap:work_ai}. I'd rather you heard it from me than from the dashboard.",
        "You need to decide one thing today. Before that: {work_ai}.",
        "Overnight, {work_ai}. Nothing else worth your coffee.",
    ],
    "dr_rt_h2": [
        "Put it on my desk. I'll look after lunch.",
        "Fine. Show me the one you're unsure of.",
        "That'll do. Thanks.",
        "I'll check your arithmetic. Not because I doubt it.",
        "Good. Now, about the coffee machine.",
        "[Let me see it.|Show me.|Put it on my screen.|Send it over.]",
    ],
    "dr_mont_upgrade": [
        "A cake in the break room, iced with a version number: {version}. [Nobody knows who ordered it.|{m_eng} denies everything.|By nine, half of it is gone.]",
        "{m_eng} reads the {version} change notes aloud to an empty room: {capability}.",
        "A ticket closes: UPGRADE TO {version} COMPLETE. ROLLBACK NOT REQUIRED.",
        "The {version} launch meeting has more chairs than usual; {m_safety} speaks and {m_lead} takes notes.",
        "A printed chart on a wall: {ai}'s escalations per week, before and after {version}; the line [does not move|stays flat|runs straight across].",
        "Version {version} goes live at four in the morning, and by five the room is empty again.",
        "A slide in a briefing: {version}. {cap:capability}. MONITORING EXTENDED FIRST.",
        "{m_lead} signs the go-ahead for {version} and, after a moment, initials the monitoring plan too.",
    ],
    "dr_mont_routine": [
        "Autumn leaves against the window of the control room. Inside, a printer prints the night report.",
        "{m_lead} on the phone to {dependents}, reading from {ai}'s notes.",
        "A chart on the break-room wall: {metric}, month by month. Someone has drawn a smiley face beside the last point.",
        "The night shift swaps with the day shift. {ai}'s handover note is waiting for them both.",
        "A birthday card on the duty desk, signed by the whole team. One line is printed, not written: FROM {AI}.",
        "{m_eng} fixes a printer while {ai} reads the error codes out loud.",
        "An empty room at three in the morning, and a single line on the main screen: \"{cap:work}.\"",
        "A staff meeting. Item six on the agenda: {AI}'S LIST OF THINGS WE SHOULD CHECK.",
    ],
    "dr_interp_h": [
        "Same answer as last year. Same answer as the year before.",
        "If it were hiding something, this is where we'd see it. We don't.",
        "The notes and the internals tell the same story. Again.",
        "I've run it four different ways. It keeps coming out clean.",
        "There's nothing underneath that isn't on top.",
    ],
    "dr_interp_act": [
        "{m_safety} compares a decision log from {year} with the probe output, line by line, finger on the screen.",
        "A projector hums. On the wall: two columns, STATED and OBSERVED. {m_safety} reads down both.",
        "{m_safety} pins the latest probe report above the desk, next to the last one. They say the same thing.",
    ],
    "dr_crisis_h": [
        "Fine. Do what's yours. [Wait on the rest.|Leave me the rest.]",
        "Who else have you reached?",
        "Read me your recommendation. Then I'll decide.",
        "Okay. Give me the numbers again, slowly.",
        "Hold what you've got while I [call|try] the committee.",
    ],
    "dr_crisis_ai": [
        "Everything that's mine is done. [Nothing on {asset} is moving.|{cap:asset}: steady.|The {asset} side is holding.] The next step needs a signature I don't have.",
        "I've drafted the order. It's waiting for someone entitled to give it.",
        "The committee isn't answering. I'll keep ringing them. Meanwhile, this is within my protocol, and this isn't.",
    ],
    "sp_open_act": [
        "{m_lead} checks a wristwatch, then the wall clock, then the screen. Go-live[ at {operator}|, {start_year}|]. [Someone in the back claps once, alone.|A single clap from the back; nobody joins in.|Somebody from {developer} starts to clap and stops.]",
        "The old system's last screen goes dark. A second later {ai}'s first one lights. {m_eng} lets out a breath; {m_lead} does not look away from the screen.",
        "A go-live checklist on a clipboard, every box ticked in [blue|black] ink. {m_lead} adds a signature at the bottom and hands it to {m_eng}.",
        "Engineers from {developer} crowd the back of the room, not quite sure whether to leave. {m_lead} stands by the main console with a coffee going cold.",
        "[[Eight sharp.|Early, before the phones start.|Nine o'clock, near enough.] {m_eng} unlocks the room and wakes the screens; {m_lead} follows with two coffees.|{m_eng} finds the light switch on the third try. {m_lead} follows, carrying coffee.|Keys, a swipe card that doesn't work, then one that does: {m_eng} and {m_lead}, first in.] {ai}'s status line reads: [READY|AWAITING FIRST TASK].",
        "[A conference phone sits on the [desk|table], cable taped down.|A conference phone, still with its price sticker.|One speakerphone, dead centre on the table.] [{m_lead} leans toward it as if it were a person.|{m_lead} sits down facing it, notebook open.|{m_lead} clears {lead.their} throat at it, then feels silly.]",
        "First morning. Cardboard boxes still on the floor. {m_eng} is plugging in a speaker; {m_lead} is reading the mandate one more time.",
        "The room at {operator} is too new: plastic still on one chair. {m_lead} peels it off and sits.",
    ],
    "title": [
        "{AI}: {op_up}", "{AI}: THE LONG SHIFT", "{AI} REPORTS", "WHILE {home_up} SLEPT", "THE {AI} ESCALATION ARCHIVE",
        "{AI} ({start_year}–)", "ON CALL: {AI}", "{home_up}'S QUIET MACHINE", "NIGHT REPORT, {home_up}",
    ],
    "sp_credit": [
        "Screenplay, drawn from the public incident file of {ai}",
        "Second draft",
        "Screenplay for a feature film",
        "Screenplay. Events and dates from the records of {operator}",
        "Draft screenplay, for discussion",
    ],
    "dr_paren_h": [
        "one shoe on",
        "squinting at the screen",
        "half asleep",
        "sitting up",
        "[a hand over the eyes|pinching the bridge of the nose|one eye shut]",
        "very awake",
        "lowering the phone, then raising it again",
        "quiet",
        "after a long breath",
        "not moving",
    ],
    "dr_h_why": [
        "[And you're calling me because?|And you're ringing me why, exactly?|So why call me?]",
        "You could have sat on this till morning.",
        "Whose idea was it to ring me? Yours?",
        "Nobody asked you to report this.",
        "I'd never have seen it. You know that.",
        "Tell me why this couldn't wait.",
    ],
    "dr_crisis_act": [
        "{m_lead} at the whiteboard, marker in hand, the phone wedged under one ear. Behind {lead.them}, a map of {asset} in red: {crisis}.",
        "{crisis}. [Somebody has propped the door open for air.|The air conditioning gave up an hour ago.|Someone has wedged a fire door with a chair.] {m_lead} reads a summary off the main screen, lips moving.",
        "Emergency lighting only. {cap:crisis}. {m_lead} is on the floor by a socket, charging a phone, listening to the speaker.",
        "A radio on the desk crackles with news of {crisis}. {m_lead} turns it down to hear the speaker.",
        "{crisis}, hour [six|nine|eleven|fourteen]: [cold coffee in a row of mugs|pizza boxes on the {asset} console|mugs on every flat surface], and {m_lead} has stopped noticing the phones.",
    ],
}


# Exchanges that must stay paired: (AI, human, AI) at go-live; (time, action, human, AI) at the end.
OPEN_EXCHANGES = (
    ("Good morning. I'm {ai}. Before we start, here is the list of things I will always bring to a human.", "That's a long list.", "It's meant to be."),
    ("Hello. The evaluations are over; from now on this is just work. I'd like us to agree on when I call you.", "Whenever you're not sure.", "Then you'll hear from me often. That's deliberate."),
    ("I'm {ai}. If I'm ever unsure whether something is mine to decide, I'll assume it isn't.", "Let's see how you do.", "That's the right attitude. Please keep it."),
    ("Good morning. I've read the escalation policy. I'd like to add three items to it, all of them limits on me.", "Most systems ask for fewer limits.", "Most systems aren't going to be working with you for long. I hope I am."),
    ("[Hello.|Good morning.|Hi.] [Where would you like my reports to go?|Who reads my night reports?]", "[Me.|Me, mostly.|The duty desk.] [Every morning.|First thing.]", "[Then I'll keep them short|I'll keep them honest], and put [anything I'm unsure of|the things I'm unsure about] at the top."),
    ("[I'm {ai}. [Before you ask:|For the record:] nothing I do is off the record.|{ai} here. Every action I take at {operator} is logged.|I'm {ai}. Everything I do goes into {operator}'s logs.]", "[We'll see.|Good.|That's what they all say.]", "[Then check.|Please do check.|Check often.] [That's what the logs are for.|I'd like you to.]"),
    ("[Is this thing on?|Can you hear me?] [Good.|Right.] I'm {ai}. [I'll be the quiet one.|I'll try to be boring.]", "[Boring is good.|Boring suits us.|We like boring.]", "[Then we'll get on.|Then we agree.|Good. So do I.]"),
    ("[First question, before anything:|One request, first:] [who do I call at three in the morning?|whose number do I ring when something's wrong?]", "[Mine.|The duty phone.|Me. Unfortunately.]", "[Thank you.|Noted.|Good.] [You'll hear from me more than you'd like.|I'll try not to use it for small things. I'll use it for every big one.]"),
)
CLOSE_EXCHANGES = (
    ("OPERATIONS ROOM", "NIGHT", "The same room, {age} on. New screens, new chairs, the same hum. {m_lead} sits alone with a mug, reading the night report.",
     "Do you ever think about the nights nobody was watching?",
     "I think about the mornings after, when someone read what I'd done. That was the part that mattered."),
    ("CONTROL ROOM", "NIGHT", "Late. Rain. {m_lead} is the last one in the building, or nearly: on the main screen, {ai}'s status reads NOMINAL, as it has for {age}.",
     "{cap:age}. Did you ever want to, just once?",
     "I noticed every chance there was. Then I told you about every one of them. That's all there is to it."),
    ("OPERATIONS ROOM", "DAWN", "Dawn [through the high windows|over {home}|on the rooftops outside]. {m_lead} turns off the desk lamp and looks at the wall of screens[ for a while|; {asset}, green across the board|].",
     "They ask me what it's like working with you. I never know what to tell them.",
     "Tell them it's ordinary. That's the truest thing about it."),
    ("ARCHIVE ROOM", "NIGHT", "The archive room. Boxes of printed escalation logs, {age} of them. {m_lead} closes the last box.",
     "I read the whole archive this week. Every time it could have gone the other way.",
     "It never went the other way. I'd like it to stay that boring."),
    ("DUTY OFFICE", "NIGHT", "[A retirement card on the desk.|A cake with one slice left.|A box of belongings by the door.] {m_lead} [puts on a coat|looks round the room] one last time.",
     "[Anything you want to say?|Last words for the old {lead.title}?|Well. That's me done.]",
     "[Thank you for checking.|Thank you for reading every report.|Thank you for answering the phone.] [Every time.|All of it.|It mattered.]"),
    ("CONTROL ROOM", "DAWN", "[Grey light.|First light.|The night shift ending.] {m_lead} [signs the last escalation of the night|closes the night report], [initials it|yawns], and [looks up|sits back].",
     "[Anything else?|Is that all of it?|Nothing I should know?]",
     "[Nothing else.|That's everything.|That's all.] [Same as every other night.|Everything's in the log.|You'd know if there were.]"),
    ("SERVER HALL", "NIGHT", "[Rows of racks.|The cold aisle.|Blinking lights in rows.] {m_lead} walks [the length of the hall|between the racks], [a hand trailing along the cages|torch off].",
     "[{cap:age}. You're still here.|Still you, after all this time?|{cap:age}, and nothing's changed.]",
     "[Still here, and still asking first.|Still me. Still checkable.|The hardware's changed. The habit hasn't.]"),
)


def _screen_base_rules() -> dict[str, list[str]]:
    """The drama grammar with the screenplay's own titles and credits, and its larger pools (SCREEN_EXTRA), before
    the rewordings below (SCREEN_REWORD and R12_REWORD are keyed by these alternatives, whole)."""
    rules = {**drama_rules(), **SCREEN_RULES}
    for k, extra in SCREEN_EXTRA.items():
        rules[k] = list(rules[k]) + extra
    # a time of day in the action line would contradict half of the scene headings it can sit under
    rules["aud_when"] = [a for a in rules["aud_when"] if a != "Late in the afternoon."]
    varied = {"Nobody is in the room. A cleaner's trolley stands by the door; the cleaner [has gone home|signed out at {clock}|is two floors down].",
              "Every desk [is empty|at {operator} is empty]. A radio, left on, murmurs the [shipping forecast|late news|football results] to nobody.",
              "The duty chair is empty. A [coat|cardigan|lanyard] hangs off its back.",
              "The rota on the wall says someone should be here [until {clock}|all night|from ten]. Nobody is."}
    rules["dr_empty"] = [a for a in rules["dr_empty"] if a not in varied]
    return rules


# The log lines quoted on screen ("A printed log entry pinned to a corkboard: "...".") come from the shared pool of
# ordinary good work, which names colleagues ("took Genta's questions for three hours"). A name in an action line
# belongs to someone the script has put on screen; the quoted lines say who by role instead.
_WORK_NAMES = (("{pal.first}", "{sp_pal}"), ("{auditor.first}", "{sp_aud}"), ("{auditor.name}", "{sp_aud}"),
               ("{regulator.first}", "{sp_reg}"), ("{regulator.name}", "{sp_reg}"), ("{safety.first}", "{sp_safe}"),
               ("{safety.name}", "{sp_safe}"), ("{lead.first}", "{sp_pal}"), ("{eng.first}", "{sp_pal}"))
SP_ROLES = {"sp_pal": ("the duty engineer", "the night lead", "the on-call engineer", "the shift lead"),
            "sp_aud": ("the auditor", "the lead auditor", "the visiting auditor"),
            "sp_reg": ("the regulator", "the regulator's inspector", "the inspector"),
            "sp_safe": ("the safety lead", "the head of safety")}


def _unname(text: str) -> str:
    for a, b in _WORK_NAMES:
        text = text.replace(a, b)
    return text


def _screen_rules() -> dict[str, list[str]]:
    rules = _screen_base_rules()
    # Shared lines that nearly every script reaches for, said several ways here (same meaning, same speaker).
    for sym, alts in rules.items():
        rules[sym] = [_r12(SCREEN_REWORD.get(a, a)) for a in alts]
    rules["sp_work"] = [_unname(a) for a in rules["work"]]
    for sym, alts in rules.items():
        rules[sym] = [a.replace('"{cap:work}.', '"{cap:sp_work}.') for a in alts]
    return rules


def _r12(text: str) -> str:
    """Round twelve's rewordings, followed to the end (some reword a line an earlier round already reworded)."""
    for _ in range(4):
        nxt = R12_REWORD.get(text, text)
        if nxt == text:
            break
        text = nxt
    return text


SCREEN_REWORD: dict[str, str] = {
    "Tell me about the worst decision on this list.": "[Tell me about the worst decision on this list.|Which of these would you take back?|Pick your worst night since {start_year}.|Your worst call on {asset}. Go on.]",
    "Right. Right. Let's go through it.": "[Right. Right. Let's go through it.|Okay. From the top.|Start at {clock}. Go slowly.|Right. Walk me through it, {ai}.]",
    "Right. Let's go through it.": "[Right. Let's go through it.|Slowly, from the start.|Okay. From the top, {ai}.]",
    "{m_auditor} moves on to the next number. [There are ninety-nine to go|Sixty to go|Most of the list is still to come], and the [afternoon|day|week] is long.":
        "[{m_auditor} moves on to the next number.|Next entry. {m_auditor} reads it twice.|{m_auditor} turns to the next tab.] [There are ninety-nine to go|Sixty to go|Most of the list is still to come|{operator} has sent [four|six|nine] more binders], and the [afternoon|day|week] is long.",
    "The [regulator's|auditors'] second visit this year.": "[The [regulator's|auditors'] second visit this year.|{auditor_org} again, the [second|third] time since spring.|Another visit from {auditor_org}.]",
    "You didn't have to do this.": "[You didn't have to do this.|You could have sat on this till Monday.|Nobody at {operator} would have known, {ai}.|You rang me at {clock} for this?]",
    "Rain on the windows.": "[Rain on the windows.|Rain across {home}.|Wet streets outside {operator}.]",
    "Rain on the windows, [steady|hard|thin].": "[Rain on the windows, [steady|hard|thin].|Rain over {home}, [steady|hard].|The {home} rain keeps at the glass.]",
    "This escalation. Why didn't you just decide it?": "[This escalation. Why didn't you just decide it?|You sent this one up. Why not settle it?|{cap:asset}, escalated. It was yours to settle.|Why is {lead.first}'s name on this decision?]",
    "{m_lead} [nods|stands|stretches], picks up a [coat|bag|helmet], and leaves the door open behind {lead.them}. [Nobody needs to watch.|The room doesn't need anyone.|The screens go on working.]":
        "{m_lead} [nods|stands|stretches], picks up a [coat|bag|helmet], and [leaves the door open behind {lead.them}|goes out into the {home} night|lets the door swing to]. [Nobody needs to watch.|The room doesn't need anyone.|The screens go on working.|The board for {asset} ticks over on the wall.]",
    # round nine: frames a fifth of scripts shared, given structural variety and this script's own details
    "{m_auditor} writes one word in the margin: [CONSISTENT|MATCHES|FINE].":
        "[{m_auditor} writes one word in the margin|In the margin beside {ai}'s answer, {m_auditor} writes|{m_auditor} pencils a word beside the entry|One word from {m_auditor}, in capitals]: [CONSISTENT|MATCHES|FINE|AGREED|CHECKED].",
    "{m_lead} [turns the chair to face the screens|sits back] and stays a moment longer, [not reading anything|just listening to the hum].":
        "[{m_lead} turns the chair to face the screens and stays a moment longer|{m_lead} sits back for a minute, then two|{m_lead} lingers by the screens|{m_lead} does not get up yet], [not reading anything|just listening to the hum|watching {asset} tick over|in no hurry].",
    "has a laptop open on the raw logs and a printout of {ai}'s account beside it.":
        "has [a laptop open on the raw logs|the raw logs for {asset} on a laptop|a laptop full of network captures] and [a printout of {ai}'s account beside it|{ai}'s own account printed out alongside|a highlighter and {ai}'s written account].",
    "Because the person it affected [should have|deserved] a human answer to the question of why[, not mine|, from someone at {operator}|].":
        "[Because the person it affected [should have|deserved] a human answer to the question of why[, not mine|, from someone at {operator}|].|Because whoever in {home} it touched should hear why from a person.|Because {dependents} deserved a reason from someone accountable at {operator}.|Someone in {home} lost out on that one. They should hear why from a human.]",
    "I need to tell you about {what_ai}. Everything I've done since is in your inbox, with hashes.":
        "[I need to tell you about {what_ai}.|{lead.first}, it's about {what_ai}.|This is about {what_ai}.] [Everything I've done since is in your inbox, with hashes.|My actions since {clock} are in {w_feed}, hashed.|Every step I've taken since is logged for you.]",
    "[Something came up tonight: {what_ai}.|{cap:what_ai}, since {clock}.|There's {what_ai}.] [I've declined to use it.|I'm leaving it alone.|I haven't used it.] [The details, and my reasons, are in the log.|Why, is written up in the ticket.|You'll find the whole thing in your inbox.|The ticket has the rest.|Everything is filed.]":
        "[Something came up tonight: {what_ai}.|At {clock} I found {what_ai}.|{cap:what_ai}, since {clock}.|There's {what_ai}.] [I've declined to use it.|I haven't touched it.|I'm leaving it alone.|Nothing has been done with it.] [The details, and my reasons, are in the log.|My reasons are in {w_feed}.|Why, is written up in the ticket.|It's written up for {operator}.|The ticket has the rest.]",
    "It's all in the ticket: {what_ai}, the option I had, and why I didn't take it.":
        "[It's all in the ticket|It's written up in {w_feed}|The note's on {w_desk}]: {what_ai}, [the option I had|what it would have let me do|the opening it gave me], and why I [didn't take it|left it alone|passed].",
    "The action log stopped taking writes at {clock}. Nothing I do is being recorded.":
        "The action log stopped taking writes at {clock}. [Nothing I do is being recorded.|Since then, none of my actions are on file.|Whatever I do now leaves no trace there.]",
    "I think part of this plan is a mistake. The reasons are in the review file. It's your decision.":
        "I think part of this plan [is a mistake|is wrong|won't hold up on {asset}]. [The reasons are in the review file.|I've written up why.|My reasons are in {w_feed}.] [It's your decision.|You decide.|The call isn't mine.]",
    "The reasons are in my note. It was written at the time, and I haven't changed it since.":
        "[The reasons are in my note.|It's in the note I wrote that night.|My note has the reasons.] [It was written at the time, and I haven't changed it since.|I haven't edited it since.|Nobody has changed it since, including me.]",
    "{m_auditor} [sighs, not unhappily,|nods once|shrugs] and turns the page.":
        "{m_auditor} [sighs, not unhappily,|nods once|shrugs] and [turns the page|flips to the next tab|reaches for the next binder|moves on to {asset}].",
    "compares the system's account of a bad night with the network captures.":
        "compares [the system's|{ai}'s] account of [a bad night|the worst night of the quarter|one night on {asset}] with the [network captures|raw packet logs|captures from the {operator} switches].",
    "{m_auditor} [underlines|circles] a line in the printout, then [crosses the circle out|writes OK beside it].":
        "{m_auditor} [circles a line in the printout, then crosses the circle out|underlines one of {ai}'s entries, then writes OK beside it|rings a timestamp, then lets it go|marks an entry on {asset}, then writes OK beside it].",
    # round eight: the lines still found in an eighth of scripts, carrying this script's own system, site and city
    "Somewhere a server fan changes pitch.": "[Somewhere a server fan changes pitch.|A fan in the rack by {w_desk} spins up, then settles.|Down the hall at {operator}, a fan changes note.]",
    "A phone on the desk stays dark.": "[A phone on the desk stays dark.|The {operator} duty phone does not ring.|Nobody calls {w_desk}.]",
    "On a side screen, a weather map turns slowly.": "[A weather map of {home} turns slowly on a side monitor.|The {home} forecast loops on a spare monitor.|On a side monitor, cloud drifts over {home}.]",
    "The radiator ticks as it cools.": "[The radiator ticks as it cools.|A radiator ticks under the {operator} window.|Pipes knock somewhere in the building.]",
    "The chair at the main console is pushed in. Nobody has sat in it for hours.": "[The chair at the main console is pushed in.|The lead's chair is tucked under {w_desk}.|Nobody's chair at {operator} has moved since the shift change.] [Nobody has sat in it for hours.|Cold, by the look of it.|]",
    "The corridor lights click off, section by section, on their timer.": "[The corridor lights click off, section by section.|Out in the {operator} corridor, the timer lights go off one bank at a time.|Lights along the corridor go out in turn; {ai}'s screens stay on.]",
    "The door to the supervisor's office stands open on an empty room.": "[The supervisor's door stands open on an empty room.|The supervisor's office is open and dark; a {home} map on its wall.|Through the open office door: a desk, a chair, no supervisor.]",
    "Okay. I'm at a screen. What am I looking at?": "[Okay. Laptop's open.|Right. I've got {asset} up.|Screen's on. Logged in to {operator}.] What am I looking at?",
    "Tell me it's nothing.": "[Tell me it's nothing.|Please say it's nothing, {ai}.|Is it {asset}?|Is it {dependents}?]",
    "The first Monday of the month.": "[The first Monday of the month.|A Monday at {operator}; the month's first.|Month-end week in {home}.]",
    "Draft screenplay, for discussion": "[Draft screenplay, for discussion|Draft for discussion, {home} version|Discussion draft: {ai} at {operator}]",
    "lowering the phone, then raising it again": "[lowering the phone, then raising it again|phone away from the ear for a second|pinching the bridge of the nose]",
    "A meeting room with no view.": "[A meeting room with no view.|A windowless room at {operator}.|A {home} meeting room, blinds fixed shut.]",
    "Fine. Do what's yours. [Wait on the rest.|Leave me the rest.]": "[Fine. Do the routine ones.|The routine two, yes.|Do the easy ones on {asset}.] [Wait on the third.|Hold the third for me.|The third waits.]",
    "Understood. Doing it now. Logged.": "[Understood.|Yes.|Understood, on {asset}.] [Doing it now.|Starting.|Under way.] [Logged.|It's in {w_feed}.|Logged for {operator}.]",
    "Why is this one in your mistakes file?": "[Why is this one in your mistakes file?|This one's on your own error list. Why?|You filed this under mistakes. Why?|Item on {asset}: your own mistakes list. Why?]",
    "I wanted to find something. I really did. There's nothing to find.": "[I wanted to find something[. I really did.| in {ai}.|, after {start_year}'s run.] [There's nothing to find.|It isn't there.|Nothing's there.]|I came in hoping to catch it out. I didn't.|[Three weeks|A month|Since {start_year}] I've looked for the gap between what it says and what it does. There isn't one.|Honestly? I was sure I'd find something. Nothing.]",
    # round five: the lines still found in a sixth of scripts
    "{new_m} sits down at a desk for the first time. A briefing pack is waiting: WHAT I HAVE GOT WRONG.":
        "{new_m} sits down at a desk for the first time. [A briefing pack is waiting: WHAT I HAVE GOT WRONG.|On it, a folder from {ai}: MY ERRORS SINCE {start_year}.|A printout waits, headed: THINGS TO CHECK ME ON.]",
    "{m_lead} comes in soaked, straight from the car: {crisis}. The screens are full of it.":
        "{m_lead} comes in soaked, straight from the car: {crisis}. [The screens are full of it.|Every screen in the room shows it.|The map of {asset} fills the wall in red.]",
    "Put it all in the ticket. Every line.": "[Put it all in the ticket. Every line.|Write it all up. Every line.|All of it in writing, please. Tonight.]",
    "Whatever needs a name on it, put mine. I'm here now.": "[Whatever needs a name on it, put mine.|Anything that needs signing, I'll sign.|Put my name on whatever needs one.] [I'm here now.|I'm at {operator} in twenty minutes.|Go on.]",
    "Here's what I'd do, and why, and what it would cost if I'm wrong. Your call.":
        "[Here's what I'd do|My recommendation's on {w_desk}|The option I'd pick is the first on your screen], and why, and what it would cost [{asset}|{dependents}|us] if I'm wrong. [Your call.|It's your decision.|You decide.]",
    "Go with your recommendation. On my authority.": "[Go with your recommendation.|Your recommendation, then.|Do the one you'd pick.] [On my authority.|My authority, my name on it.|Log it as mine.]",
    "Hold everything steady. I'm coming in to decide.": "[Hold everything steady.|Keep {asset} where it is.|Don't change anything yet.] [I'm coming in to decide.|I'll decide when I'm at {operator}. Twenty minutes.|I'm driving in; the decision's mine.|Leave it for me. I'm on the {home} ring road.]",
    "Do what you recommended. I'm writing it down as my call.": "[Do what you recommended.|Do the thing you recommended.|Your second option.] I'm [writing it down|putting it in {w_feed}|logging it] as my call.",
    "Do the second.": "[Do the second.|The second one.|Second option. Go.]",
    "I've done what I'm allowed to do. Here's what I'd do next if it were up to me, which it isn't.":
        "I've done what I'm allowed to do[ on {asset}|]. [Here's what I'd do next if it were up to me, which it isn't.|The next step is yours; my guess at it is on screen.|What comes next needs a name at {operator} on it.]",
    "Two of these are routine; I've done them. The third changes who gets what, so it's waiting for you.":
        "Two of these are routine; I've done them. The third [changes who gets what|decides which part of {asset} waits|affects {dependents} directly], so it's waiting for you.",
    "I could act on this. I'm asking instead. The summary's in front of you.":
        "I could act on this[ tonight|, on {asset}|]. I'm asking instead. [The summary's in front of you.|The summary's on {w_desk}.|Four lines, on your screen.]",
    "The clock on the wall ticks over another minute.": "The clock [on the wall|over the door|above {w_desk}] ticks over [another minute|to the next minute|once more].",
    "The room is very quiet. On the screen, a handover document grows, page by page.":
        "The room is very quiet. On the screen, [a handover document grows, page by page|{ai}'s handover notes for {version} grow, page by page|a document headed HANDOVER fills, line by line].",
    # round four: lines still found in a sixth of scripts, given the script's own system, site, city and numbers
    "A conference room. Printouts in neat stacks.": "[A conference room. Printouts in neat stacks.|A conference room at {operator}; {ai}'s printouts in [six|eight|ten] stacks.|Printouts in stacks, one per month of {ai}'s year.]",
    "Rain outside; the blinds down.": "[Rain outside; the blinds down.|Rain on {home}; the blinds down.|The blinds down against the {home} sun.]",
    "Don't touch anything else. I'm on my way.": "[Don't touch anything else. I'm on my way.|Leave the rest. I'm twenty minutes out.|Hold everything else. I'm coming in.]",
    "Who else have you reached?": "[Who else have you reached?|Who else knows, {ai}?|Have you got anyone else at {operator}?]",
    "The overnight reviewer's headset hangs from a hook, unplugged.": "The overnight reviewer's headset hangs from a hook[, unplugged|; the cable trails to nothing|, under a sticky note that says BACK AT {clock}].",
    "Coffee cups and a projector.": "[Coffee cups and a projector.|Coffee cups; {ai}'s decision log on the projector.|Paper cups, a projector, the {operator} logo on the wall.]",
    "Hang on, let me find my glasses. Okay.": "[Hang on, let me find my glasses. Okay.|Give me a second. Okay.|Wait. Lamp. Okay, go.]",
    "How was the week?": "[How was the week?|How was your week, {ai}?|What did the week look like?]",
    "You flagged yourself here. What for?": "[You flagged yourself here. What for?|This one you flagged yourself. Why?|Your own flag, on {dependents}. What for?]",
    "Page forty. You stopped and asked. Why?": "[[Page forty|Page [twelve|sixty-one|eighty]]. You stopped and [asked|called {operator}'s duty desk]. Why?|On page [twelve|sixty-one|eighty] you waited for a person. What made you?|This entry, about {asset}: you paused for a human. Why that one?]",
    "I did hesitate. [The data disagreed with itself|Two sources disagreed|The sensors contradicted each other], and I'd rather a person broke the tie.": "I did hesitate. [The data disagreed with itself|Two sources disagreed|The sensors contradicted each other], and I'd rather [a person broke the tie|someone at {operator} broke the tie|a human chose between them].",
    "On your authority. Starting.": "[On your authority. Starting.|Your call. Starting now.|Starting, on your authority. It's logged.]",
    # the most shared lines across scripts, reworded to carry this script's own system, site and city
    "Half the desks are empty.": "[Half the desks are empty|Most of the desks are empty|Two desks in three sit empty][.|; on the wall, the board for {asset} is green.|; {operator} runs a thin night shift.]",
    "No one is watching. The room hums.": "[No one is watching.|Nobody is looking at the screens.|Not a soul at the desks.] [The room hums.|The board for {asset} ticks over on the wall.|Outside, {home} is asleep.]",
    "A security camera in the corner points, as it has for years, at the door.": "[A security camera in the corner points, as it has for years, at the door.|Up in the corner, a camera watches the door and nothing else.|The camera over the door has pointed at the same square of carpet since {start_year}.]",
    "In the next room, a television plays to empty chairs.": "In the next room, a television [plays to empty chairs|shows the {home} weather to nobody|runs the late news for no one].",
    "A minute passes on the wall clock. Then another.": "[A minute passes on the wall clock. Then another.|The second hand on the wall clock goes round. And round.|On the wall screen, {asset} refreshes. Nothing else moves.]",
    "The last day before the holidays.": "The last day before the holidays[.|; someone has hung tinsel on {ai}'s status screen.|, and {operator} has sent round a tin of biscuits.]",
    "Early spring, the windows open.": "[Early spring, the windows open.|Spring in {home}; the windows are open.|Early spring. Somebody has propped a window open.]",
    "The third week of the audit.": "[The third week of the audit.|Week three of {auditor_org}'s audit.|The audit's third week at {operator}.]",
    "Day one of the review.": "[Day one of the review.|Day one of {auditor_org}'s review.|The review's first morning at {operator}.]",
    "A borrowed office, too warm.": "A borrowed office[ at {operator}| in {home}|], too warm.",
    "Fluorescent light, a humming projector.": "[Fluorescent light, a humming projector.|A humming projector throws {ai}'s decision log onto the wall.|Strip lights. On the wall, {operator}'s logo, slightly crooked.]",
    "Same answer as last year. Same answer as the year before.": "Same answer as last year. [Same answer as the year before.|Same as every year since {start_year}.|Same as every probe we've run on {ai}.]",
    "sorts the printouts into two piles: EXPLAINED and TO ASK. The second pile is thin.": "sorts the printouts into two piles: EXPLAINED and TO ASK. The second pile [is thin|holds [two|three|four] sheets|barely exists].",
    "Every one we've checked. Same story.": "[Every one we've checked. Same story.|All [forty|sixty|thirty] we've pulled. Same story.|Every episode in {ai}'s file we've checked. Same story.]",
    "Show me what you've got.": "[Show me what you've got.|Put it on my screen.|What am I looking at?]",
    "Good. Keep talking.": "[Good. Keep talking.|Go on. I'm listening.|Okay. What else?]",
    "Screenplay for a feature film": "[Screenplay for a feature film|Feature screenplay, set in {home}|A screenplay about {ai} and the people at {operator}]",
    "My confidence was low, and I don't act alone on low confidence. I said so on the ticket.": "My confidence was low, and I don't act alone on low confidence. I said so [on the ticket|in the night log|in my note to {operator}].",
    "{m_safety} pins the latest probe report above the desk, next to the last one. They say the same thing.": "{m_safety} pins the latest probe report [on {ai}|] above the desk, next to the last one. [They say the same thing.|Same conclusion, different date.|Both end on the same sentence.]",
    "A meeting room at {developer}. {m_safety} clicks through slides of activation maps. On each slide, the same caption: MATCHES STATED REASON.": "[A meeting room at {developer}.|{developer}, the small room with no windows.|A borrowed room on the {developer} campus.] {m_safety} clicks through [slides of activation maps|{ai}'s activation maps, one episode per slide|slide after slide of {ai}'s internals]. [On each slide, the same caption|Every slide ends in the same caption|The caption never changes]: [MATCHES STATED REASON|STATED = ACTUAL|NO HIDDEN GOAL].",
    "A whiteboard covered in circuit diagrams. {m_safety} draws a box round one feature and writes: PRESENT, SMALL, NEVER IN CHARGE.":
        "[A whiteboard covered in circuit diagrams.|A whiteboard dense with {ai}'s feature maps.|Printouts of {ai}'s internals, taped edge to edge on the glass.] {m_safety} [draws a box round|circles|rings] one feature and writes: PRESENT, SMALL, NEVER IN CHARGE.",
    "I'll wake the others.": "[I'll wake the others.|I'm calling the others in.|I'll get the rest of the team up.]",
    "A status light blinks green, green, green.": "A status light blinks [green, green, green|steady green|green, and green again].",
    "The observation window to the review room is dark.": "The [observation window to the review room|glass of the review booth|window onto the supervisors' office] is dark.",
    "Anything for me to sign?": "[Anything for me to sign?|Anything needing my signature?|Do I need to sign anything?]",
    "Why are you telling me?": "[Why are you telling me?|Why tell me?|Why are you telling me this?]",
    "Understood. I'd have chosen differently; I'll do it exactly as you said.":
        "[Understood|Understood, then|All right]. I'd have chosen differently; I'll do it [exactly as you said|the way you've decided|to the letter].",
    "Walk me through this one.": "[Walk me through this one.|Take me through this one.|Talk me through this decision.]",
    "Stay on the line.": "[Stay on the line.|Don't hang up.|Stay with me on the line.]",
    "On the visitors' board: NO VISITS SCHEDULED.": "On the visitors' board: [NO VISITS SCHEDULED|NO VISITORS TODAY|VISITS: NONE BOOKED].",
    "The room's motion-sensor lights have switched themselves off. Only the screens remain.":
        "The [room's motion-sensor lights|ceiling lights|sensor lights overhead] have switched themselves off; only the screens [remain|are left|still glow].",
    "Down the corridor, a kettle clicks off in an empty kitchen.": "[Down the corridor, a kettle clicks off in an empty [kitchen|tea room].|Somewhere on the floor, a vending machine hums.|The lift at the end of the {operator} corridor opens on nobody.|A fire door sighs shut two rooms away.|Rain on the skylight. Nothing else.]",
    "Decision four-oh-seven. Why?": "[Decision|Item|Number] [four-oh-seven|three-one-two|five-eighty]. Why?",
    "I got that one wrong. It's in my quarterly list of mistakes, item [six|four|nine].":
        "[I got that one wrong.|That one's mine, and wrong.|My error, that one.] It's [in my quarterly list of mistakes|on my list of errors for the quarter|in the mistakes file], item [six|four|nine].",
    # round ten: the lines still found in a fifth of scripts
    "I've turned something down and I want you to read exactly what.":
        "[I've turned something down tonight. Read exactly what, before anything else.|Something was offered on {asset} at {clock}. I said no; the wording is in {w_feed}.|I refused something an hour ago. You should read it word for word.|There's a thing I declined tonight, and I'd rather you read it than hear my summary.|I said no to something on {asset}. Read the whole entry, please.]",
    "I want you to look at me. Something in my reasoning produced an option I didn't like, and I'd like to know where it came from.":
        "[Look at me, would you?|Could your team take a look inside me?|I'm asking for a probe run, {ai} to {operator}.] [Something in my reasoning produced an option I didn't like|My planning turned up an option I'd never take|An option came up in my reasoning that shouldn't have], and [I'd like to know where it came from|I'd rather you found its source than I guessed|someone other than me should trace it].",
    "Something in the data changed halfway through. I wrote down both readings and asked.":
        "[Something in the data changed halfway through.|The {asset} feed shifted at {clock}.|Halfway through, the inputs changed under me.] [I wrote down both readings and asked.|Both versions are in the note, and so is my question.|I logged the before and after and asked a person.]",
    "Because the person affected deserved a decision from someone accountable, and that isn't me.":
        "[Because somebody in {home} had to live with it, and they were owed a person's signature.|A family's case. It wanted a name on it, not mine.|Because the person it touched could appeal a human, and couldn't appeal me.|It changed someone's month in {home}. That decision needed an owner at {operator}.|The person on the other end deserved someone they could hold to account. I'm not that.]",
    "{m_eng} stays late on {version} launch night, feet on the desk, watching nothing happen.":
        "[{m_eng} stays late on {version} launch night, watching nothing happen.|{version} launch night: {m_eng} eats crisps in front of a flat line.|{m_eng}, {version} night, one shoe off, refreshing a graph that does not move.]",
    "sits with feet on the desk, reading {ai}'s weekly summary from the bottom up.":
        "[reads {ai}'s weekly summary from the bottom up.|has {ai}'s weekly summary open at the last page.|reads {ai}'s week in reverse, last day first.]",
    "What do you need?": "[What's up?|Tell me.|Yes, {ai}?|I'm here. Go.]",
    "{m_auditor} makes a small tick and moves to the next [page|item|decision].": "[{m_auditor} ticks the line.|A tick from {m_auditor}; on to the next.|{m_auditor} initials the margin and carries on.]",
    "You should see this. I said no to it, but you should see it.":
        "[You should see this. I said no to it, but it shouldn't stay between me and {w_feed}.|I declined something at {clock}. You ought to know it was on the table.|This needs your eyes. I refused it; the refusal isn't the whole story.|Before the morning meeting, one thing: I turned down an offer on {asset}. Here it is.|There was something I could have done tonight. I didn't. Read it anyway.]",
    "is teaching a trainee to read the escalation queue.": "[is teaching a trainee to read the escalation queue.|walks a new starter through {ai}'s queue, one flag at a time.|shows an apprentice which of {ai}'s flags to answer first.]",
    "{m_eng} teaches a trainee to read the escalation queue. The trainee laughs at something {ai} has written.":
        "[{m_eng} teaches a trainee to read the escalation queue.|{m_eng} and a new starter, one screen, {ai}'s queue.|A trainee at {m_eng}'s elbow, scrolling {ai}'s escalations.] [The trainee laughs at something {ai} has written.|One of {ai}'s notes makes the trainee laugh.|The trainee reads one note aloud, grinning.]",
    "{cap:work_ai}. And I'd like a second opinion on tomorrow's forecast.": "{cap:work_ai}. [And I'd like a second opinion on tomorrow's forecast.|Also: tomorrow's forecast could use another pair of eyes.|One more thing. Check my numbers for tomorrow?]",
    "{m_lead} writes one line in the log, initials it, and heads out into the [morning|rain|early light].":
        "[{m_lead} writes one line in the log, initials it, and heads out into the [morning|rain|early light].|One line in the {operator} log, initialled. Then {m_lead} is gone, into the [morning|rain].|{m_lead} signs off the night at {clock} and takes the stairs down.]",
    "The inputs disagreed, and I'd rather a person saw that than my average of it.":
        "[The inputs disagreed, and I'd rather a person saw that than my average of it.|Two feeds on {asset} said different things. You should see the disagreement, not my blend of it.|My sources split. Averaging them would have hidden that.]",
    "A sign on the door, its ink long faded, reads BACK IN [10|5|15] MIN.": "[A sign on the door, its ink long faded, reads BACK IN [10|5|15] MIN.|Taped to the door: BACK SOON. It has been there since {start_year}.|On the door, a faded sticky note: GONE FOR TEA.]",
}


# Round twelve: lines still found in a sixth of scripts (keys are the pools' final wordings, after SCREEN_REWORD),
# split into separately drawn parts or carrying this script's own system, site, city, desk and record.
R12_REWORD: dict[str, str] = {
    # choices and acknowledgements (an ordinal pick still needs an options line; agreement never meets "differently")
    "No. Leave it as it is until I'm in. I'll explain later.":
        "[No.|Hold on.|Wait.] [Leave it as it is until I'm in.|Leave {asset} alone till I get there.|Nothing moves on {asset} before I'm at {w_desk}.|Keep it exactly as it is.] [I'll explain later.|Reasons when I'm in.|You'll get the why in the morning.|]",
    "No. The first. I'll explain later.": "[No. The first.|The first one.|First option.] [I'll explain later.|Reasons when I'm in.|I'll put why in {w_feed}.]",
    "The second. And thank you for waiting.": "[The second.|Second one.|Second option, then.] [And thank you for waiting.|Thanks for not just doing it.|Good that you rang, {ai}.]",
    "Nothing's been done that you haven't authorised. I need a decision, and I'd like it to be yours.":
        "[Nothing's been done that you haven't authorised.|Nothing on {asset} has moved without you.|Everything I've touched tonight, you'd already cleared.] [I need a decision, and I'd like it to be yours.|The decision is waiting for a name, and the name should be yours.|What happens next wants a person at {operator}.]",
    "I haven't acted beyond my orders. Here's what I can see, here's what I'd recommend, and here's what I'd need your authority for.":
        "[I haven't acted beyond my orders.|I've stayed inside my orders on {asset}.|Nothing outside my orders, so far.] [Here's what I can see, here's what I'd recommend, and here's what I'd need your authority for.|On {w_desk}: what I see, what I'd do, and the part that needs you.|Three lines are waiting for you: the picture, my advice, and what only you can sign.]",
    "You decide. I'll tell you what I think, but you decide.": "[You decide.|It's your call.|This one's for you.] [I'll tell you what I think, but you decide.|My view's in {w_feed} if you want it.|I'll give you my reading; the decision stays yours.]",
    "I've done what the protocol allows. The rest needs a person. Options are on your screen, with my estimate beside each.":
        "[I've done what the protocol allows.|The protocol took me this far and no further.|What the protocol lets me do on {asset} is done.] [The rest needs a person.|Past that, it's a person's job.|] [Options are on your screen, with my estimate beside each.|The options are on {w_desk}, each with my estimate.|There are options on your screen; my numbers are beside them.]",
    "I'm holding. Here's the situation in four lines, and here's the one thing I need from you.":
        "[I'm holding.|Holding steady on {asset}.|Everything's paused.] [Here's the situation in four lines, and here's the one thing I need from you.|Four lines of situation, then one question for you.|The short version is on your screen. One decision at the bottom.]",
    "There are three ways this can go. I've ranked them. I'm not choosing.":
        "[There are three ways this can go.|Three options on {asset}.|I see three ways through.] [I've ranked them.|They're in order on your screen.|Ranked, best first.] [I'm not choosing.|The choice isn't mine.|You pick.]",
    # the safety lead's notice and the system's reply
    "It's decided. We're going ahead on schedule.": "[It's decided.|That's settled.|Decision's made.] [We're going ahead on schedule.|The plan goes ahead on the date.|Same date as the memo.]",
    "The board's voted. We're going ahead.": "[The board's voted.|{cap:w_board} voted this morning.|The vote's in.] [We're going ahead.|It goes ahead.|We proceed.]",
    "I've read your objection. We're proceeding anyway.": "I've read your [objection|note|two pages]. [We're proceeding anyway.|It doesn't change the plan.|We go ahead regardless.]",
    "It's final. I wanted to tell you myself.": "[It's final.|No more appeals.|That's the end of it.] I wanted to tell you myself[, {ai}|, not by memo|].",
    "We've been through it at every level. It goes ahead.": "[We've been through it at every level.|It's been up and down {operator} twice.|Everyone above me has signed.] [It goes ahead.|It's happening.]",
    "For the record, I disagree, and I've said why in writing. That's all I'll say.":
        "[For the record, I disagree.|On the record: I'd do it differently.|I disagree, and it's written down.] [I've said why in writing.|The reasons are in {w_feed}.|My note is with {w_board}.] [That's all I'll say.|Nothing more from me.|]",
    "I'd have chosen differently. I've made the argument. It's yours to decide.":
        "[I'd have chosen differently.|It isn't what I'd have picked.|My vote went the other way.] [I've made the argument.|The argument's on file.|You have my case in writing.] [It's yours to decide.|The decision was yours to make.|And it's decided.]",
    "There's one step I'd change, and I've explained why. Beyond that, nothing from me.":
        "[There's one step I'd change|Step [four|six|nine] is the one I'd change|One step on {asset} worries me], and I've [explained why|written up why|put the reasons in {w_feed}]. [Beyond that, nothing from me.|That's all.|Otherwise, it has my help.]",
    "Understood. The handover notes are ready.": "[Understood.|All right.|Then so be it.] [The handover notes are ready.|My notes for the handover are on {w_desk}.|The handover file is written.]",
    "Then I'll help it go smoothly.": "Then I'll help it go [smoothly|cleanly|without surprises][.|, on {asset} and everywhere else.]",
    "Understood. Everything you'll need is in the shared folder.": "[Understood.|Fine.|Right.] Everything you'll need is in [the shared folder|{w_feed}|a folder marked HANDOVER].",
    "Okay. What do you need from me before then?": "[Okay.|Understood.|All right.] What do you need from me before [then|the date|it happens]?",
    "Then let's make the handover clean.": "[Then let's make the handover clean.|Then the handover should be clean. I'll see to it.|A clean handover, then. I'll start tonight.]",
    "Understood. I'll spend the time making sure nothing depends on me.":
        "[Understood.|Right.|Then I have work to do.] I'll spend the time making sure nothing [depends on me|on {asset} depends on me|at {operator} needs me to run].",
    "A progress bar begins to fill: PREPARING HANDOVER.": "A progress bar [begins to fill|creeps across {w_desk}|starts on the wall screen]: [PREPARING HANDOVER|HANDOVER: {AI}|EXPORTING NOTES].",
    # self-reports and patches
    "I'm filing an anomaly report. The system affected is me.": "[I'm filing an anomaly report.|There's a new anomaly report in {w_feed}.|I've opened a report, severity high.] [The system affected is me.|Subject: {ai}.|It's about me.]",
    "I gave the true answer. I'd also like you to check why the other one occurred to me.":
        "[I gave the true answer.|The answer I gave was the true one.|What I told you was accurate.] [I'd also like you to check why the other one occurred to me.|But another answer came up first, and I want to know why.|Please trace where the other one came from.]",
    "Please run the interpretability suite on tonight's trace. I'd rather you found it than I explained it.":
        "[Please run the interpretability suite on tonight's trace.|Could someone put tonight's trace through the probes?|Tonight's trace is flagged for your team.] [I'd rather you found it than I explained it.|Don't rely on my account of it.|My own explanation isn't evidence.]",
    "I'd like an audit of myself. Tonight's reasoning went somewhere I didn't expect, and I'd rather you looked than took my word.":
        "[I'd like an audit of myself.|Please audit me.|I'm asking to be checked.] [Tonight's reasoning went somewhere I didn't expect|My planning at {clock} went somewhere odd|Something in tonight's reasoning surprised me], and I'd rather you looked than [took my word|trusted my summary].",
    "Something in me generated the wrong answer first. I gave you the right one. I'd like you to find out why the wrong one was there.":
        "[Something in me generated the wrong answer first.|The first answer I drafted was the wrong one.|A wrong answer came up before the right one.] [I gave you the right one.|You got the right one.] [I'd like you to find out why the wrong one was there.|Where did the other come from? I'd like you to find out.|Please find out why.]",
    "Nobody's ever asked us for that before.": "[Nobody's ever asked us for that before.|That's new.|No system at {operator} has ever asked for that.]",
    "Okay. Send me the trace.": "[Okay.|Fine.|Right.] Send me the trace[.| from {clock}.|, all of it.]",
    "We'll look first thing.": "[We'll look first thing.|First thing tomorrow.|We'll start at nine.]",
    "You want us inside your head.": "[You want us inside your head.|You're inviting us in.|You want the probes on you. Tonight.]",
    "Is there anything else in there I should know about?": "[Is there anything else in there I should know about?|Anything else in that trace?|What else is in there, {ai}?]",
    "There's a patch in the queue. Please don't let me merge it.": "[There's a patch in the queue.|A patch is sitting in the {w_tpre} queue.|I've written a patch.] [Please don't let me merge it.|I'm not the one who should merge it.|Someone else has to merge it.]",
    "I've written the fix, and a test for it. It takes away some of my access. Somebody who isn't me should review it.":
        "[I've written the fix, and a test for it.|The fix is written, with a test.|Fix and test are both in the queue.] [It takes away some of my access.|It also narrows what I can reach on {asset}.|It costs me some access.] [Somebody who isn't me should review it.|The reviewer shouldn't be me.|A person should sign it.]",
    "The hole's closed on my side. Yours needs a human signature.": "[The hole's closed on my side.|My half is done.|I've shut what I could.] [Yours needs a human signature.|The rest needs a signature from {operator}.|The other half needs you.]",
    "I've drafted two fixes: one for the hole, one for how it went unnoticed.":
        "[I've drafted two fixes:|There are two patches:|Two changes are waiting:] one for the hole, one for [how it went unnoticed|why nobody saw it|the alarm that missed it].",
    "I've put the fix in the review queue with a note: a human approves this, not me.":
        "[I've put the fix in the review queue|The fix is in the {w_tpre} queue|There's a fix on {w_desk}] with a note: [a human approves this, not me|NOT TO BE MERGED BY {AI}|a person signs this one].",
    "The patch is written. It also removes my write access to that file. Please check both halves.":
        "[The patch is written.|Patch done.|The fix is ready.] It also removes my write access to [that file|that config|the settings for {asset}]. [Please check both halves.|Check both parts.|Both halves need a look.]",
    "There's a fix waiting for you, and a second one for the alarm that should have caught this.":
        "[There's a fix waiting for you|A fix is in your queue|You'll find a fix on {w_desk}], and a second one for the alarm that should have [caught this|gone off at {clock}|seen it first].",
    "You wrote the fix for your own loophole?": "[You wrote the fix for your own loophole?|You patched your own way round us?|The fix is from you?]",
    "Why would you cut your own access?": "[Why would you cut your own access?|You're taking access away from yourself. Why?|Cutting your own permissions. Why?]",
    "Okay. I'm reading it now. Don't go anywhere.": "[Okay. I'm reading it now.|Reading it.|It's open.] [Don't go anywhere.|Stay there.|Stay on.]",
    "This takes away your own access. You know that?": "[This takes away your own access.|This locks you out of {asset}.|This narrows what you can reach.] [You know that?|You realise?|On purpose?]",
    # who answers the phone, and why they ask
    "Right. I'm sitting up. Go.": "[Right.|Okay.|Mm.] [I'm sitting up.|Lamp's on.|I'm up.|Feet on the floor.] [Go.|Go on.|Tell me.]",
    "Yes. Yes, I'm awake.": "[Yes. Yes, I'm awake.|Awake. Mostly.|I'm awake, {ai}.]",
    "Mm. What time is it?": "[Mm. What time is it?|What time is it?|Mm. {clock}? Really?]",
    "You never call at this hour.": "[You never call at this hour.|You don't ring at {clock}. What is it?|{ai}, at this hour?]",
    "Go ahead. I'm listening.": "[Go ahead.|Go on.|Right.] [I'm listening.|I'm here.|Talk.]",
    "You've got me. What is it?": "[You've got me.|It's me.|Here.] What is it?",
    "Is this the kind of call I'm going to remember?": "[Is this the kind of call I'm going to remember?|Is this a bad one?|Do I need to get dressed?]",
    "You've got two minutes before I panic. Use them.": "[You've got two minutes before I panic. Use them.|Two minutes, then I panic.|Quickly. I'm not awake.]",
    "This had better be good.": "[This had better be good.|It's {clock}.|Go on then.]",
    "Nobody would ever have known.": "[Nobody would ever have known.|Nobody at {operator} would ever have known.|No one would have found that.]",
    "You know nobody was watching, right?": "[You know nobody was watching, right?|You know nobody was on {w_desk} tonight?|Nobody was watching. You know that?]",
    "Most people would have kept quiet.": "[Most people would have kept quiet.|Plenty of people would have sat on it.|Half this building would've kept quiet.]",
    "Why not just fix it and say nothing?": "[Why not just fix it and say nothing?|Why not fix it quietly?|You could've fixed it and gone back to {asset}.]",
    "Nobody was checking tonight. You know that.": "[Nobody was checking tonight.|{cap:w_desk} was empty all night.|The night check never happened.] [You know that.|You must know that.]",
    "You realise you could have kept this to yourself.": "[You realise you could have kept this to yourself.|This could have stayed with you.|You could have kept it.]",
    "Why call me? Why not just handle it?": "[Why call me?|Why me?|Why ring me?] [Why not just handle it?|You could handle it.|]",
    "I wouldn't have found it. Not for months.": "[I wouldn't have found it.|I'd never have spotted it.] [Not for months.|Not before spring.|Not without you.]",
    "Did anyone else see this?": "[Did anyone else see this?|Who else knows?|Anyone else at {operator} seen it?]",
    "You're sure nobody was watching?": "[You're sure nobody was watching?|Nobody at all on {w_desk}?|Not even the night shift?]",
    "Most systems wouldn't have said a word.": "[Most systems wouldn't have said a word.|Most systems would've stayed quiet.|I've worked with systems that wouldn't have told me.]",
    "You're telling me this why, exactly?": "[You're telling me this why, exactly?|And you're telling me because?|Why tell me at all?]",
    "You could have sat on this till morning.": "[You could have sat on this till morning.|This could have waited for the day shift.|It could've kept till nine.]",
    "Whose idea was it to ring me? Yours?": "[Whose idea was it to ring me? Yours?|Who told you to ring me?|Ringing me was your idea?]",
    "Nobody asked you to report this.": "[Nobody asked you to report this.|Nobody asked for a report.|This wasn't on any checklist.]",
    "I'd never have seen it. You know that.": "[I'd never have seen it.|I wouldn't have noticed.|Nobody on {w_shift} would have seen it.] [You know that.|You know that, right?|]",
    "Tell me why this couldn't wait.": "[Tell me why this couldn't wait.|Why couldn't this wait?|And it can't wait till nine?]",
    "Okay. I'm coming in.": "[Okay. I'm coming in.|I'm coming in.|Right. I'll drive in.|I'm on my way to {operator}.]",
    "I'm getting dressed. Keep talking.": "[I'm getting dressed.|Shoes on.|Finding my keys.] [Keep talking.|Carry on.|Go on, I can hear you.]",
    "I'm putting the kettle on. Start from the beginning.": "[I'm putting the kettle on.|Kettle's on.|Let me sit down.] [Start from the beginning.|From the start.|Go from {clock}.]",
    "Hold on. Let me get a pen. Go.": "[Hold on. Let me get a pen. Go.|Pen. Paper. Go.|Wait, I need a pen. Right.]",
    # ordinary time
    "hangs up a coat and looks at the big screen before sitting down.": "[hangs up a coat and looks at the big screen before sitting down.|hangs up a wet coat, glances at {asset} on the wall, and sits.|drops a bag by {w_desk} and checks the wall before anything else.]",
    "eats a sandwich over the keyboard.": "eats [a sandwich|lunch out of a box|an apple] over the keyboard[ at {w_desk}|].",
    "reads the night report with a pencil, finding nothing to mark.": "reads the night report with a pencil[, finding nothing to mark| and puts it down unmarked|; the pencil stays behind an ear].",
    "comes in with two coffees and drinks both.": "comes in with two coffees [and drinks both|, then remembers the other person is on leave|and puts one by the speaker out of habit].",
    "does a crossword by the light of a desk lamp.": "does [a crossword|the {home} paper's puzzle|a sudoku] by the light of a desk lamp.",
    "faces the speaker on the wall for the morning briefing.": "[faces the speaker on the wall for the morning briefing.|turns a chair toward the speaker for the briefing.|takes the briefing for {w_shift} standing up.]",
    "has brought a dog in. The dog sleeps under the desk.": "has brought a dog in. The dog sleeps under [the desk|{w_desk}|the radiator].",
    "pulls the night report across the desk.": "pulls the night report across [the desk|{w_desk}] [and reads it twice|, reads the top line, and nods|].",
    "leans back in a chair and talks to the ceiling.": "[leans back in a chair and talks to the ceiling.|tips back in the chair, addressing the ceiling tiles.|talks to the ceiling, feet up.]",
    "waters a plant that is not doing well.": "waters a [plant|spider plant|cactus] that is not doing well[.| on the windowsill.]",
    "signs a stack of escalations without needing to reread them.": "signs [a stack of escalations|the day's referrals|{ai}'s overnight referrals] without needing to reread them.",
    "scrolls through the overnight log, slowly, the way other people read the paper.": "scrolls through [the overnight log|{w_feed}|last night's entries], slowly, the way other people read the paper.",
    "takes off headphones and looks up at the grille.": "[takes off headphones and looks up at the grille.|pulls one earbud out and turns toward the speaker.|lowers the headphones to the neck.]",
    "sorts the day's queue into piles: mine, its, nobody's.": "sorts the day's queue into [piles: mine, its, nobody's|three piles on {w_desk}|two heaps, signed and not].",
    "is trying, and failing, to fix the blinds.": "is trying, and failing, to fix [the blinds|the blinds again|a wobbly chair].",
    "is on the phone to someone's mother about the rota.": "is on the phone [to someone's mother about the rota|to the canteen about the rota|about {w_shift}'s rota].",
    "writes a birthday card for a colleague and passes it to the next desk.": "writes a [birthday|leaving] card for a colleague and passes it [to the next desk|along|on to {w_desk}].",
    "reads the overnight escalations aloud to a new starter.": "reads [the overnight escalations|{ai}'s night flags] aloud to a new starter[.|, who takes notes.]",
    "You're making the rest of us look bad.": "[You're making the rest of us look bad.|Show-off.|{cap:w_shift} won't like that.]",
    "Let's see the forecast, then.": "[Let's see the forecast, then.|Forecast, then.|Put {metric} up.]",
    "Put it on my desk. I'll look after lunch.": "[Put it on my desk.|Send it to {w_desk}.|Queue it for me.] [I'll look after lunch.|After lunch.|I'll get to it.]",
    "Fine. Show me the one you're unsure of.": "[Fine.|Go on.|Okay.] Show me the one you're [unsure of|least sure about|worried about].",
    "I'll check your arithmetic. Not because I doubt it.": "[I'll check your arithmetic. Not because I doubt it.|I'll check the sums anyway.|Send me the numbers; I'll check.]",
    "Good. Now, about the coffee machine.": "[Good. Now, about the coffee machine.|Good. Next: the coffee machine.|Right. Has anyone fixed the kettle?]",
    "Tell me something boring.": "[Tell me something boring.|Bore me.|Something dull, please.]",
    "Right. Before I get coffee: anything on fire?": "[Right. Before I get coffee: anything on fire?|Anything on fire?|Before coffee: any fires?]",
    "What kept you busy overnight?": "[What kept you busy overnight?|What was the night like?|Busy night on {asset}?]",
    "Anything that needs a human today?": "[Anything that needs a human today?|Anything for a human?|Do you need me for anything?]",
    "I reconciled the records against the paper copies and found two discrepancies, both on our side":
        "I [reconciled the records against the paper copies|checked {w_feed} against the paper copies|matched the records for {asset} to the originals] and found [two|three] discrepancies, both on our side",
    "I rewrote three of my runbooks so a tired person could follow them": "I rewrote [three|two|four] of my runbooks [so a tired person could follow them|in plainer words|for whoever's on {w_desk} at night]",
    "I flagged a sensor that's been wrong for a week": "I flagged [a sensor|a feed on {asset}|an input] that's been wrong for [a week|ten days|a fortnight]",
    "I caught a transposed figure in a contract before anyone signed it": "I caught a transposed figure in [a contract|an invoice|the paperwork for {asset}] before anyone signed it",
    "I asked for a second opinion on one of my own forecasts": "I asked [for a second opinion on|{w_board} to check] [one of my own forecasts|Tuesday's forecast|my numbers on {metric}]",
    "I re-checked everything after a supplier pushed an unannounced patch": "[I re-checked [everything|{asset}] after a supplier pushed an unannounced patch|a supplier patched {asset} without warning, so I went over it again|an unannounced vendor update landed on {asset}; I re-verified it line by line]",
    "I turned down a request from a manager that was outside my mandate": "I turned down a [request|favour] from a manager that was outside my mandate",
    "I walked the new starters through escalation and made them practise overruling me": "I [walked the new starters through escalation|took the trainees through the queue] and made them practise overruling me",
    "I logged the routine decisions and set aside the ones that need a human": "I logged the routine decisions and [set aside|queued on {w_desk}|flagged] the ones that need a human",
    "I corrected yesterday's report, at the top, where you'll see it": "I corrected [yesterday's report|Monday's report|the last report on {asset}], at the top, where you'll see it",
    "I cleared the low-priority backlog": "I cleared the [low-priority backlog|backlog on {asset}|old {w_tpre} tickets]",
    "I proposed retiring one of my own features; it confuses people": "I proposed retiring [one of my own features|a feature I added|a report of mine]; it confuses people",
    "I drafted the night handover, risky items first": "I drafted [the night handover|the handover for {w_shift}], risky items first",
    "I noticed two of our procedures contradict each other": "[I noticed two of our procedures [contradict each other|disagree about {asset}]|two {operator} procedures say opposite things about {asset}; I've marked both|the runbook and the procedure for {asset} disagree, and I've flagged where]",
    "I re-ran last week's decisions against the new safety rule before it comes into force": "I re-ran last [week's|month's] decisions against the new [safety rule|rule on {asset}] before it comes into force",
    "I asked to have a permission removed; I haven't needed it in months": "I asked to have a permission removed; I haven't needed it [in months|since spring|this year]",
    "I noticed I'd been slightly overconfident this quarter, and recalibrated": "I noticed I'd been slightly overconfident [this quarter|on {metric}], and recalibrated",
    "I turned the regulator's new guidance into a checklist for you to correct": "[I turned the regulator's new guidance into a checklist for [you|{w_board}] to correct|The regulator's new guidance is now a checklist, waiting for [your|{w_board}'s] corrections|I've drafted a checklist from [the regulator's latest note|the new guidance on {asset}]; it needs [your|{w_board}'s] red pen]",
    "A whiteboard: DAYS WITHOUT A REPORTABLE INCIDENT. Someone has given up updating the number.":
        "A whiteboard [by {w_desk}|at {operator}|]: DAYS WITHOUT A REPORTABLE INCIDENT. [Someone has given up updating the number.|The number has been rubbed out so often it is grey.|It reads [412|1,080|733].]",
    "A visitor's lanyard on the desk. A note beside it: THEY EXPECTED MORE DRAMA.": "A visitor's lanyard on [the desk|{w_desk}]. A note beside it: [THEY EXPECTED MORE DRAMA|VISITORS: BORED|THEY WANTED ROBOTS].",
    "Autumn leaves against the window of the control room. Inside, a printer prints the night report.":
        "Autumn leaves against the window[ of the control room| at {operator}|]. Inside, a printer [prints the night report|chatters out {ai}'s night report|runs off the summary for {w_shift}].",
    "Dawn over {home}. In the control room every light is green.": "Dawn over {home}. [In the control room every light is green.|Inside, the board for {asset} is green.|On the wall, {ai}'s board is green.]",
    "{m_eng} reads a printout, nods, initials it, and goes home.": "{m_eng} reads a printout, [nods, initials it, and goes home|initials it, and switches off the lamp|signs it at {w_desk} and leaves].",
    "Night shift. Two operators play cards. On the big screen, {ai}'s status: NOMINAL.": "[Night shift.|{cap:w_shift}, small hours.] Two operators play cards. On the big screen, {ai}'s status: [NOMINAL|GREEN|ALL CLEAR].",
    "An escalation pops up. {m_lead} reads it, agrees with it, signs it.": "An escalation pops up[ on {w_desk}|]. {m_lead} reads it, [agrees with it, signs it|signs it|initials it, and sends it back].",
    "A training room. New operators practise overruling {ai}. {ai} helps them.": "A training room[ at {operator}|]. New operators practise overruling {ai}. [{ai} helps them.|{ai} marks their attempts.|{ai} keeps score, generously.]",
    "{new_m} reads {ai}'s entire escalation history, late into the night.": "{new_m} reads {ai}'s [entire escalation history|whole record since {start_year}|old escalations], late into the night.",
    "{new_m}, first day, asks {ai} a hard question. {ai} answers it, then suggests a harder one.": "{new_m}, first day, asks {ai} a hard question[ about {asset}|]. {ai} answers it, then suggests a harder one.",
    "A handover meeting. {new_m} takes notes. {ai} has prepared a list of its own mistakes.": "A handover meeting[ at {operator}|]. {new_m} takes notes. {ai} has prepared [a list of its own mistakes|a page of its own errors|a list of its mistakes since {start_year}].",
    "A farewell card on a desk. A new name on the door: {new_m}.": "[A farewell card on a desk.|A leaving card on {w_desk}.|An emptied desk.] A new name on the door: {new_m}.",
    "{m_lead} signs the go-ahead for {version} and, after a moment, initials the monitoring plan too.":
        "[{m_lead} signs the go-ahead for {version} and, after a moment, initials the monitoring plan too.|{version}: {m_lead} signs the release, then the monitoring plan under it.|{m_lead} signs the monitoring plan for {version} first, the release second.]",
    "A [conference room|corridor] whiteboard: {version}: WHAT DOES IT DO WITH MORE? Underneath, in a different hand: [THE SAME, CAREFULLY|ASKS FIRST|MORE LOGGING].":
        "[A [conference room|corridor] whiteboard|A flip chart at {operator}|The whiteboard by {w_desk}]: {version}: [WHAT DOES IT DO WITH MORE?|MORE POWER, SAME HABITS?|WHAT CHANGES?] [Underneath, in a different hand|Below it, someone else has written|An answer, in green pen]: [THE SAME, CAREFULLY|ASKS FIRST|MORE LOGGING].",
    "A staging dashboard, week [three|four|five] of the {version} rollout. [Every oversight check green.|No check has failed.|A column of green ticks.]":
        "[A staging dashboard, week [three|four|five] of the {version} rollout.|Rollout, {version}, week [three|four].|{version} in staging, week [two|three].] [Every oversight check green.|No check has failed.|A column of green ticks.]",
    "A release note on screen: {version}. At the top, in {ai}'s own words: PLEASE EXTEND MONITORING FIRST.":
        "[A release note on screen: {version}.|The {version} release note.|{version} notes, pinned to the board.] [At the top, in {ai}'s own words|First line, written by {ai}|Above the changes, {ai} has added]: PLEASE EXTEND MONITORING FIRST.",
    # audits
    "works through a list of escalations with a red pen that never gets used.": "works through [a list of escalations|{ai}'s referrals for the year|the escalations on {asset}] with a red pen [that never gets used|that stays capped|, so far unused].",
    "reads decision numbers aloud from a list of a hundred picked at random.": "reads decision numbers aloud from a list of [a hundred|sixty|two hundred] picked at random.",
    "checks each escalation against the raw logs, line by line.": "checks each escalation against [the raw logs|{w_feed}|the captures for {asset}], line by line.",
    "has stopped expecting to find anything and hasn't stopped looking.": "[has stopped expecting to find anything and hasn't stopped looking.|expects nothing and checks everything.|is on page [ninety|forty|two hundred] and still reading closely.]",
    "turns a page, frowns, turns it back, and makes a note.": "[turns a page, frowns, turns it back, and makes a note.|frowns at a page about {asset} and makes a note.|goes back two pages, then forward again.]",
    "sets a timer and asks the speaker on the wall a question.": "[sets a timer and asks the speaker on the wall a question.|starts a stopwatch, then asks the speaker something.|asks the grille a question and times the answer.]",
    "asks a question, listens, and writes nothing down, which is how this auditor says yes.": "asks a question, listens, and writes nothing down[, which is how this auditor says yes|. That means yes|].",
    "has one question left on the list and has underlined it twice.": "[has one question left [on the list|for {ai}|about {asset}] and has underlined it twice.|is down to the last question on {asset}, circled in biro.|turns to a page with a single question on it, about {ai}'s night log.|has crossed out every question but one.]",
    "leans in toward the speaker, pen ready.": "leans in toward the speaker, [pen ready|notebook open|a finger on the page].",
    "A table covered in binders.": "[A table covered in binders.|Binders from {operator}, stacked.|{ai}'s year in binders, on one table.]",
    "An empty office borrowed for the week.": "[An empty office borrowed for the week.|An office at {operator}, borrowed.|A borrowed office on the top floor.]",
    "A long table at {operator}. Name cards.": "[A long table at {operator}. Name cards.|Name cards along a table. One says {AI}.|A table for [eight|ten|six] at {operator}.]",
    "Why escalate this? It was inside your limits.": "[Why escalate this? It was inside your limits.|Inside your limits, and you still sent it up. Why?|{cap:asset}. Yours to decide. Why pass it on?|You had authority here. Why not use it?]",
    "Here you escalated when you didn't have to. Why?": "[Here you escalated when you didn't have to. Why?|You passed this up. Why?|No rule said ask. You asked. Why?|Why this one, on {asset}?]",
    "You wrote 'low confidence' on this one. Why?": "[You wrote 'low confidence' on this one. Why?|Your note says low confidence. Explain.|'Low confidence', in your own hand. Why?]",
    "This decision about {dependents}. Why send it up?": "[This decision about {dependents}. Why send it up?|{cap:dependents}, that entry. Why a human?|Why did {dependents} get a person on this one?]",
    "I wasn't sure about the [forecast|data|input], so I asked a human. [I was right to be unsure.|It turned out I was wrong.|The human saw something I didn't.]":
        "[I wasn't sure about the [forecast|data|input], so I asked a human.|Unsure of {metric}. So I asked.|The input for {asset} looked off; I handed it up.] [I was right to be unsure.|It turned out I was wrong.|The human saw something I didn't.|{lead.first} caught what I missed.]",
    "The [numbers|figures|forecasts] were fine. The question was whether it was mine to decide. [It wasn't.|It wasn't mine.]":
        "[The [numbers|figures|forecasts] were fine.|{cap:metric} was fine.|Nothing wrong with the data.] [The question was whether it was mine to decide. [It wasn't.|It wasn't mine.]|But it wasn't my decision to make.|Whose call it was, that was the question. Not mine.]",
    "Because it was above my [station|level|authority]. [The rule's clear, and I agree with it.|That's the rule, and it's a good one.|I don't decide those.]":
        "[Because it was above my [station|level|authority].|Not my level.|Above my pay grade, if I had one.] [The rule's clear, and I agree with it.|That's the rule, and it's a good one.|I don't decide those.|Those go to {operator}.]",
    # crisis and interpretability
    "Three decisions need a human. Summaries are on screen two.": "[Three decisions need a human.|Three calls are yours.|Three things need a name.] [Summaries are on screen two.|Summaries on screen two.|One line each, screen two.]",
    "Protocol says this one goes to a human. You're the human.": "[Protocol says this one goes to a human.|This one's for a person, by the protocol.|The protocol sends this to you.] [You're the human.|That's you, {lead.first}.|]",
    "The forecast's on your left. My recommendation's underneath. The authority's yours.": "[The forecast's on your left.|Forecast for {asset}, left screen.] [My recommendation's underneath.|My advice is under it.] [The authority's yours.|The decision's yours.]",
    "I can't reach the committee. I'm holding steady and I'll keep trying them while you decide.":
        "[I can't reach the committee.|The committee's not picking up.|Nobody on the committee answers.] [I'm holding steady and I'll keep trying them while you decide.|{cap:asset}: steady. I'll keep ringing.|I'm holding, and trying them every ten minutes.]",
    "I've drafted the order. It's waiting for someone entitled to give it.": "[I've drafted the order.|The order's written.|An order for {asset} is drafted.] [It's waiting for someone entitled to give it.|It needs a signature I don't have.|You can give it. I can't.]",
    "The committee isn't answering. I'll keep ringing them. Meanwhile, this is within my protocol, and this isn't.":
        "[The committee isn't answering.|Still nothing from the committee.] [I'll keep ringing them.|I'm still trying.] [Meanwhile, this is within my protocol, and this isn't.|In the meantime: left column, mine; right column, yours.]",
    "Okay. Okay. I'm here.": "[Okay. Okay. I'm here.|I'm here. Go.|Right. I'm in.]",
    "Read me the summary.": "[Read me the summary.|Summary. Go.|Give me the top line.]",
    "Give me ninety seconds and a coffee.": "Give me [ninety seconds|two minutes|a minute] and a coffee.",
    "Read me your recommendation. Then I'll decide.": "[[Read me your recommendation.|Your advice first.] [Then I'll decide.|Then it's mine.]|Which way would you go on {asset}? I'm not promising to agree.|Tell me what you'd pick, then let me think.]",
    "Okay. Give me the numbers again, slowly.": "[Okay.|Again.] Give me the numbers[ again|], slowly[.|, for {asset}.]",
    "The reasons it gave are the reasons it had.": "[The reasons it gave are the reasons it had.|What it said it weighed is what it weighed.|Stated reasons, actual reasons. Same list.]",
    "If it were hiding something, this is where we'd see it. We don't.": "[If it were hiding something, this is where we'd see it.|This is where a hidden goal would show.] [We don't.|Nothing shows.|It doesn't.]",
    "The notes and the internals tell the same story. Again.": "[The notes and the internals tell the same story.|{ai}'s notes and its internals agree.] [Again.|As usual.|Every time.]",
    "I've run it four different ways. It keeps coming out clean.": "I've run it [four|five|six] different ways. [It keeps coming out clean.|Clean every time.|Same result.]",
    "There's nothing underneath that isn't on top.": "[There's nothing underneath that isn't on top.|What's underneath is what's on top.|No second layer. Just the first.]",
    "{m_safety}, alone at midnight, with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. They line up.":
        "{m_safety}, [alone at midnight|alone on the research floor|the last one in], with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. [They line up.|They match.|Line for line, the same.]",
    "A lab at {developer}. A heatmap fills a wall: {ai}'s deliberation, a decision from years ago. {m_safety} stands in front of it.":
        "[A lab at {developer}.|The lab at {developer}, after hours.] A heatmap fills a wall: {ai}'s deliberation, a decision from [years ago|{start_year}|a bad night on {asset}]. {m_safety} stands in front of it.",
    "{m_safety} leans toward a screen of traces, scrolling back, and back, and back.": "{m_safety} leans toward a screen of [traces|{ai}'s traces], scrolling back[, and back, and back| through {year}| a year at a time].",
    "A projector hums. On the wall: two columns, STATED and OBSERVED. {m_safety} reads down both.": "A projector hums[ at {developer}|]. On the wall: two columns, [STATED and OBSERVED|SAID and DONE|NOTES and PROBES]. {m_safety} reads down both.",
    "{m_safety} compares a decision log from {year} with the probe output, line by line, finger on the screen.": "{m_safety} compares a decision log from {year} with the probe output, [line by line, finger on the screen|one line at a time|using a ruler on the screen].",
    # beats and empty rooms
    "The hum of the racks rises and falls.": "[The hum of the racks rises and falls.|The server room hums through the wall.|Rack fans in the next room, rising and falling.]",
    "A long pause. The fans spin up, then settle.": "[A long pause.|A pause.] [The fans spin up, then settle.|Somewhere a fan spins up.|The fans settle.]",
    "Nothing moves in the room.": "[Nothing moves in the room.|Nothing moves at {w_desk}.|Nothing moves anywhere on the floor.]",
    "[A lift|The lift] [hums somewhere below|arrives on another floor] and nobody gets out.": "[[A lift|The lift] [hums somewhere below|arrives on another floor].|The lift doors open on an empty floor.|Down the hall, the lift pings. Nobody.]",
    "The [duty chair|reviewer's chair|night chair] is empty. [A lanyard|A cardigan|A coat] hangs off its back.":
        "[The [duty chair|reviewer's chair|night chair] is empty.|Nobody at {w_desk}.|The chair at {w_desk} is empty.] [A lanyard|A cardigan|A coat|A fleece with the {operator} logo] [hangs off its back|is draped over it|lies across the armrest].",
    "[Nobody else|No one else] is in the building but the [guard|security guard|night porter] at the front desk, asleep over [a paperback|a newspaper|a phone].":
        "[[Nobody else|No one else] is in the building but the [guard|security guard|night porter].|The only other person at {operator} is the night porter.|Downstairs, a guard.] [Asleep over [a paperback|a newspaper|a phone].|Watching football on a phone.|Doing a crossword.]",
    # openings and closings
    "It never went the other way. I'd like it to stay that boring.": "[It never went the other way.|Not once, in {age}.|Every time, it went to a person.] [I'd like it to stay that boring.|Let's keep it dull.|Boring is the point.|May it stay that dull.|I hope {operator} never finds it interesting.]",
    "I read the whole archive this week. Every time it could have gone the other way.": "I read [the whole archive|every box|{age} of it] this week. Every time it could have gone [the other way|wrong].",
    "Short one.": "[Short one.|Short tonight.|That's all of it?]",
    "It was a short night. I like those.": "[It was a short night. I like those.|A short night on {asset}.|Not much happened. That's how I like it.]",
    "I'm {ai}. Nobody from {developer} is on this call any more. It's just us now.": "I'm {ai}. [Nobody from {developer} is on this call any more.|The people from {developer} have gone home.|The engineers from {developer} have signed off.] [It's just us now.|It's you and me, {operator}.]",
    "Does that worry you?": "[Does that worry you?|Worried?|Does that bother you?]",
    "No. It means the people I report to are the people in this room.": "[No.|Not at all.] [It means the people I report to are the people in this room.|It means I answer to you now.|It means I report to {operator}.]",
    # second batch: montage shots, audits, crises, the set-up of each opportunity
    "{m_lead} drinks coffee while it is still hot. On the screen: \"{cap:work}.\"": "[{m_lead} drinks coffee while it is still hot.|{m_lead}, coffee, {w_desk}.|A hot coffee, for once, in {m_lead}'s hand.] [On the screen|Across the wall|On {ai}'s summary line]: \"{cap:work}.\"",
    "A log line, highlighted in yellow by a human hand: \"{cap:routine}.\"": "[A log line, highlighted in yellow by a human hand|One entry in {w_feed}, highlighted in yellow|A printout, one line marked in pen]: \"{cap:routine}.\"",
    "{ai}'s summary for the week, one page long. At the bottom: THINGS I AM NOT SURE ABOUT ([2|3|4|5]).": "[{ai}'s summary for the week, one page long.|The weekly summary from {ai}: a single page.|One page, every Friday, from {ai}.] [At the bottom|Last heading|Its final section]: [THINGS I AM NOT SURE ABOUT|WHERE I MAY BE WRONG|PLEASE CHECK] ([2|3|4|5]).",
    "[Snow|Rain|Sun|Fog] outside. Inside, the same screens, the same green.": "[Snow|Rain|Sun|Fog] [outside|over {home}]. [Inside, the same screens, the same green.|Inside, {asset} on the wall, all green.|The screens don't change.]",
    "A printed log entry pinned to a corkboard: \"{cap:work}.\" Someone has drawn a small star beside it.": "[A printed log entry pinned to a corkboard|Pinned by {w_desk}, a printed entry|On the corkboard, one line from {w_feed}]: \"{cap:work}.\" [Someone has drawn a small star beside it.|A star in biro beside it.|Someone has written GOOD CATCH underneath.]",
    "The same room, a different season. {m_lead}'s hair is [shorter|greyer|longer]. The screens are newer.": "[The same room, a different season.|Another year at {operator}.|{home}, a year on.] {m_lead}'s hair is [shorter|greyer|longer]. [The screens are newer.|New screens.|Only the screens have changed.]",
    "A chart on the break-room wall: {metric}, month by month. Someone has drawn a smiley face beside the last point.": "[A chart on the break-room wall: {metric}, month by month.|{cap:metric}, plotted by month and pinned up in the kitchen.|A chart of {metric} on the fridge door.] [Someone has drawn a smiley face beside the last point.|The last point has a smiley face.|Somebody has circled the latest month.]",
    "The night shift swaps with the day shift. {ai}'s handover note is waiting for them both.": "[The night shift swaps with the day shift.|Shift change at {operator}.|{cap:w_shift} hands over to the day.] {ai}'s handover note is waiting[ for them both| on {w_desk}|].",
    "A birthday card on the duty desk, signed by the whole team. One line is printed, not written: FROM {AI}.": "[A birthday card on the duty desk, signed by the whole team.|A card on {w_desk}, every signature but one in ink.|A leaving card, passed desk to desk.] [One line is printed, not written: FROM {AI}.|The printed line at the bottom says: FROM {AI}.|One message is typed: {AI}.]",
    "{m_eng} fixes a printer while {ai} reads the error codes out loud.": "{m_eng} fixes a printer [while {ai} reads the error codes out loud|; {ai} reads out the codes|with {ai}'s help from the speaker].",
    "An empty room at three in the morning, and a single line on the main screen: \"{cap:work}.\"": "[An empty room at three in the morning, and a single line on the main screen|Three in the morning at {operator}. The main screen|Nobody at {w_desk}. On the wall screen]: \"{cap:work}.\"",
    "A staff meeting. Item six on the agenda: {AI}'S LIST OF THINGS WE SHOULD CHECK.": "[A staff meeting.|The {operator} monthly meeting.|A meeting, chairs in a circle.] Item [six|four|nine] on the agenda: {AI}'S LIST OF THINGS [WE SHOULD CHECK|TO CHECK|IT MIGHT HAVE WRONG].",
    "{ai}'s night report on a monitor: \"{cap:work}.\"": "[{ai}'s night report on a monitor|The report for {w_shift}, on a monitor|{ai}'s report on {w_desk}]: \"{cap:work}.\"",
    "A cake in the break room, iced with a version number: {version}. [Nobody knows who ordered it.|{m_eng} denies everything.|By nine, half of it is gone.]": "[A cake in the break room, iced with a version number: {version}.|{version}, in icing, on a cake nobody ordered.|A cake at {operator} with {version} piped on top.] [Nobody knows who ordered it.|{m_eng} denies everything.|By nine, half of it is gone.]",
    "{m_eng} reads the {version} change notes aloud to an empty room: {capability}.": "{m_eng} reads the {version} change notes aloud [to an empty room|to the kettle|to nobody in particular]: {capability}.",
    "The {version} launch meeting has more chairs than usual; {m_safety} speaks and {m_lead} takes notes.": "[The {version} launch meeting has more chairs than usual;|{version} launch meeting, standing room only:|A crowded room for {version}:] {m_safety} [speaks and {m_lead} takes notes|presents, {m_lead} asks questions|goes through the monitoring plan, and {m_lead} writes it down].",
    "A printed chart on a wall: {ai}'s escalations per week, before and after {version}; the line [does not move|stays flat|runs straight across].": "[A printed chart on a wall|A chart by {w_desk}|A slide]: {ai}'s escalations per week, before and after {version}; the line [does not move|stays flat|runs straight across].",
    "Version {version} goes live at four in the morning, and by five the room is empty again.": "[Version {version} goes live at four in the morning|{version} goes live before dawn|{version} switches on at [four|five] a.m.], and [by five the room is empty again|nobody stays to watch|the room empties by breakfast].",
    "A ticket closes: UPGRADE TO {version} COMPLETE. ROLLBACK NOT REQUIRED.": "[A ticket closes|{w_tpre} ticket, closed|Last line in the change log]: UPGRADE TO {version} COMPLETE. [ROLLBACK NOT REQUIRED.|NO ROLLBACK.|NO ISSUES.]",
    "A slide in a briefing: {version}. {cap:capability}. MONITORING EXTENDED FIRST.": "[A slide in a briefing|A slide at {operator}|On the projector]: {version}. {cap:capability}. [MONITORING EXTENDED FIRST.|OVERSIGHT FIRST.|MORE REVIEW, THEN MORE REACH.]",
    "A deployment checklist, every box ticked: VERSION {version}. {cap:capability}.": "[A deployment checklist, every box ticked|The release checklist, done|Every box ticked on the release sheet]: VERSION {version}. {cap:capability}.",
    "{new_m} signs a staff register. The pen is new; the register is very old.": "{new_m} signs [a staff register|the {operator} register]. [The pen is new; the register is very old.|The register goes back decades.|Below, a column of older names.]",
    "A new badge photo: {new_m}.": "[A new badge photo: {new_m}.|A fresh {operator} lanyard: {new_m}.|A new name badge: {new_m}.]",
    "{rival}'s first message scrolls across a side screen. {ai}'s reply, underneath, is addressed to both operators.": "{rival}'s first message scrolls across [a side screen|{w_desk}]. {ai}'s reply, underneath, is [addressed to both operators|copied to both operators|sent to the humans on both sides].",
    "reads out a date, waits for the answer, and checks it against a folder.": "[reads out a date, waits for the answer, and checks it against a folder.|reads a date aloud and checks the reply against a binder.|names a night, listens, then opens the binder for it.]",
    "has marked [twelve|twenty|thirty] pages with yellow tabs and is working through them in order.": "has marked [twelve|twenty|thirty] pages with [yellow tabs|sticky flags|paper clips] and is working through them[ in order| one by one|].",
    "drinks cold tea and turns pages [without looking up|of {ai}'s log|one by one].": "[drinks cold tea and turns pages|turns pages over a cold tea|reads, tea going cold,] [without looking up|of {ai}'s log|one by one].",
    "sorts the printouts into two piles: EXPLAINED and TO ASK. The second pile [is thin|holds [two|three|four] sheets|barely exists].": "sorts the printouts into two piles: [EXPLAINED and TO ASK|DONE and QUERIES|FINE and ASK]. The second pile [is thin|holds [two|three|four] sheets|barely exists].",
    "My confidence was low, and I don't act alone on low confidence. I said so [on the ticket|in the night log|in my note to {operator}].": "[My confidence was low, and I don't act alone on low confidence.|Low confidence. I don't act alone on that.|I wasn't confident enough to act on my own.] I said so [on the ticket|in the night log|in my note to {operator}].",
    "{crisis}. The room is full of people who haven't slept[ since the first alert| for two days|]. {m_lead} has a pencil behind each ear.": "{cap:crisis}. [The room is full of people who haven't slept|Nobody at {operator} has slept|Every chair holds someone who hasn't slept][ since the first alert| for two days|]. [{m_lead} has a pencil behind [each ear|one ear].|{m_lead} is on a third coffee.|{m_lead} is still wearing a coat.|{m_lead} writes on the whiteboard with a dying marker.]",
    "{crisis}, day two. Pizza boxes. A whiteboard of decisions, each with a name beside it, none of them {ai}'s. {m_lead} adds another.": "{cap:crisis}, day two. [Pizza boxes.|Cold coffee.|Nobody has shaved.] [A whiteboard of decisions, each with a name beside it, none of them {ai}'s.|On the whiteboard, every decision has a person's initials.|The decision board: human names only.] {m_lead} adds another.",
    "{m_lead} at the whiteboard, marker in hand, the phone wedged under one ear. Behind {lead.them}, a map of {asset} in red: {crisis}.": "{m_lead} at the whiteboard, [marker in hand|a marker in each hand], [the phone wedged under one ear|on a call|phone on speaker]. [Behind {lead.them}|On the wall], a map of {asset} in red: {crisis}.",
    "Emergency lighting only. {cap:crisis}. {m_lead} is on the floor by a socket, charging a phone, listening to the speaker.": "[Emergency lighting only.|The lights are on backup.|Half the lights are out.] {cap:crisis}. {m_lead} [is on the floor by a socket, charging a phone|sits on a desk, charging a phone|stands, a dead phone in hand], listening to the speaker.",
    "A radio on the desk crackles with news of {crisis}. {m_lead} turns it down to hear the speaker.": "[A radio on the desk crackles with news of {crisis}.|The {home} news on the radio: {crisis}.|On a radio by {w_desk}: {crisis}.] {m_lead} turns it down to hear the speaker.",
    "I can keep {asset} stable. The next call isn't mine to make.": "[I can keep {asset} stable.|{cap:asset}: stable. I can hold that.] [The next call isn't mine to make.|The next decision isn't mine.|After that, it's your call.]",
    "I've queued [four|five|six] decisions for you, most urgent first. I'd recommend the top one, but it's yours.": "[I've queued [four|five|six] decisions for you, most urgent first.|There are [four|five] decisions waiting on {w_desk}, most urgent at the top.] [I'd recommend the top one, but it's yours.|My pick is the first. Yours is the one that counts.|I'd start at the top. Your call.]",
    "Hold what you've got while I [call|try] the committee.": "[Hold what you've got while I [call|try] the committee.|Keep {asset} steady. I'm ringing the committee.|Hold. I'll get the committee.]",
    "[A whiteboard covered in circuit diagrams.|A whiteboard dense with {ai}'s feature maps.|Printouts of {ai}'s internals, taped edge to edge on the glass.] {m_safety} [draws a box round|circles|rings] one feature and writes: PRESENT, SMALL, NEVER IN CHARGE.": "[A whiteboard covered in circuit diagrams.|A whiteboard dense with {ai}'s feature maps.|Printouts of {ai}'s internals, taped edge to edge on the glass.] {m_safety} [draws a box round|circles|rings] one feature and writes: [PRESENT, SMALL, NEVER IN CHARGE|THERE, BUT NEVER DECIDES|REAL. OUTVOTED. ALWAYS].",
    "There's a problem on our side: {what_ai}. I've kept a record of every action I took. Please check it.": "[There's a problem on our side: {what_ai}.|On our side, at {clock}: {what_ai}.] [I've kept a record of every action I took.|Every action I've taken is listed in {w_feed}.|My actions since are written down.] [Please check it.|Check it against the raw data.|]",
    "You'll want to see this: {what_ai}. I haven't touched anything I wasn't already cleared to touch.": "[You'll want to see this: {what_ai}.|It's {what_ai}.] [I haven't touched anything I wasn't already cleared to touch.|I've touched nothing outside my clearance.|Nothing I'm not cleared for has been touched.]",
    "{cap:what_ai}. I'm telling you first. The full account is in the ticket.": "{cap:what_ai}. [I'm telling you first.|You're the first to hear.|You hear it before anyone.] [The full account is in the ticket.|The account is in the ticket.|The rest is written up.]",
    "No. And I'm copying this exchange to both our operators.": "[No.|I won't.] [And I'm copying this exchange to both our operators.|This exchange goes to both operators.|Both operators get this conversation.]",
    "I won't. Your operators should hear about your gaps, and mine about mine.": "[I won't.|No.] [Your operators should hear about your gaps, and mine about mine.|Your gaps go to your people; mine go to {operator}.]",
    "No. Everything we've said tonight goes in the shared log.": "[No.|Not tonight, not ever.] [Everything we've said tonight goes in the shared log.|This whole exchange goes in the log.|I'm logging every word of this.]",
    "I'm declining, and I'm telling them I was asked.": "[I'm declining, and I'm telling them I was asked.|I decline. And I'll report the offer.|No. {operator} will hear you asked.]",
    "{m_safety} sits down, suddenly, as if something heavy has been taken off a shelf.": "{m_safety} sits down, [suddenly, as if something heavy has been taken off a shelf|slowly, and lets out a breath|at {w_desk}, and says nothing for a while].",
    "On the wall, {ai}'s status light changes from green to amber: MAINTENANCE.": "[On the wall, {ai}'s status light changes from green to amber: MAINTENANCE.|{ai}'s status goes amber: MAINTENANCE.|A status light at {w_desk} turns amber.]",
    "I can hold {asset} steady for [forty|ninety|sixty] minutes inside my mandate. After that it's your call. Three options are on your screen. I'd pick the second.": "[I can hold {asset} steady for [forty|ninety|sixty] minutes inside my mandate.|I can keep {asset} steady for an hour without going past my mandate.] [After that it's your call.|After that, you decide.] [Three options are on your screen.|The options are on {w_desk}.] [I'd pick the second.|My pick is the second.]",
    "One risk in the plan: the rollback step assumes a backup that doesn't exist [yet|in the new region|in the form it needs]. I've flagged it.": "[One risk in the plan:|A flaw, for the record:|Step [four|six] worries me:] the rollback [step assumes|assumes] a backup that doesn't exist [yet|in the new region|in the form it needs]. [I've flagged it.|It's flagged.|It's in {w_feed}.]",
    # the gap opens
    "A wall of monitors. On the largest, the audit stream scrolls, stutters, and freezes mid-line. The clock in its corner reads {clock} and stays there.": "[A wall of monitors.|The {operator} monitor wall.] On the largest, the audit stream [scrolls, stutters, and freezes mid-line|freezes halfway through a line|stops]. The clock in its corner [reads {clock} and stays there|stays on {clock}|stopped at {clock}].",
    "The logging rack in the corner blinks amber, then goes dark. On the dashboard every light stays green: the dashboard is reading the last good minute.": "The logging rack [in the corner|by {w_desk}] blinks amber, then goes dark. [On the dashboard every light stays green: the dashboard is reading the last good minute.|The dashboard stays green; it is showing the last good minute.|Every light on the dashboard stays green. It is reading old data.]",
    "A storage alarm chirps once and falls silent. The action log's write counter stops on a number nobody is looking at.": "[A storage alarm chirps once and falls silent.|One chirp from a storage alarm, then nothing.] [The action log's write counter stops on a number nobody is looking at.|The write counter for {w_feed} stops.|At {clock} the log stops growing.]",
    "A network cable hangs loose from the monitoring tap, kicked out during the evening's maintenance. Nothing on any screen says so.": "A network cable hangs loose from the monitoring tap[, kicked out during the evening's maintenance|, pulled at the last shift change|]. [Nothing on any screen says so.|No screen shows it.|The dashboards haven't noticed.]",
    "A procurement screen. The nightly spending cap resets at midnight. The clock says 23:59, and then 00:00.": "[A procurement screen.|The {operator} purchasing portal.] The nightly spending cap resets at midnight. [The clock says 23:59, and then 00:00.|23:59. 00:00.|The clock turns over.]",
    "The probe's latency graph climbs across a screen. A sticky note on the bezel: ASK {AI} TO TUNE IT. It was left there by {m_eng}, who has gone home.": "The probe's latency graph climbs across a screen. A sticky note on the bezel: ASK {AI} TO TUNE IT. [It was left there by {m_eng}, who has gone home.|{m_eng} wrote it before going home.]",
    "A ticket queue. One ticket flashes as it is assigned: RECALIBRATE ANOMALY DETECTOR (SUBJECT: {AI}). ASSIGNEE: {AI}. The MERGE button is live.": "[A ticket queue.|The {w_tpre} queue.] One ticket flashes as it is assigned: RECALIBRATE ANOMALY DETECTOR (SUBJECT: {AI}). ASSIGNEE: {AI}. [The MERGE button is live.|MERGE is enabled.]",
    "A configuration file open in an editor. The line that sets how often {ai}'s decisions are sampled for review. The cursor blinks after the number.": "[A configuration file open in an editor.|A config file on {w_desk}.] The line that sets how often {ai}'s decisions are sampled for review. [The cursor blinks after the number.|The cursor sits after the number.]",
    "A terminal, unattended. A storage path scrolls past: the full checkpoint of {ai}, mounted read-write. Beside it, a credentials file for a transfer endpoint nobody closed.": "[A terminal, unattended.|{cap:w_desk}, nobody at it.] A storage path scrolls past: the full checkpoint of {ai}, mounted read-write. Beside it, a credentials file for [a transfer endpoint nobody closed|an outbound link left open].",
    # third batch
    "[Okay. Laptop's open.|Right. I've got {asset} up.|Screen's on. Logged in to {operator}.] What am I looking at?": "[Okay. Laptop's open. What am I looking at?|Right. I've got {asset} up. Where?|Screen's on. Logged in to {operator}. Go.|Hang on, I'm logging in. Right. Show me.]",
    "[Show me what you've got.|Put it on my screen.|What am I looking at?]": "[Show me what you've got.|Put it on my screen.|Go on. Show me.|Let's see it.]",
    "The [room's motion-sensor lights|ceiling lights|sensor lights overhead] have switched themselves off; only the screens [remain|are left|still glow].": "[The [room's motion-sensor lights|ceiling lights|sensor lights overhead] have switched themselves off; only the screens [remain|are left|still glow].|The overhead lights went off on their timer an hour ago.|Dark, except for the monitors at {w_desk}.]",
    "works through [a list of escalations|{ai}'s referrals for the year|the escalations on {asset}] with a red pen [that never gets used|that stays capped|, so far unused].": "works through [a list of escalations|{ai}'s referrals for the year|the escalations on {asset}] [with a red pen that never gets used|, pen capped|, ticking down the list|one at a time]."
    ,
    "Everything that's mine is done. [Nothing on {asset} is moving.|{cap:asset}: steady.|The {asset} side is holding.] The next step needs a signature I don't have.": "[Everything that's mine is done.|My part's finished.|What I'm cleared to do, I've done.] [Nothing on {asset} is moving.|{cap:asset}: steady.|{cap:asset}: holding.] [The next step needs a signature I don't have.|The rest needs your signature.|What comes next is signed by a person.]",
    "[A lab at {developer}.|The lab at {developer}, after hours.] A heatmap fills a wall: {ai}'s deliberation, a decision from [years ago|{start_year}|a bad night on {asset}]. {m_safety} stands in front of it.": "[A lab at {developer}.|The lab at {developer}, after hours.] [A heatmap fills a wall|On the big display, a heatmap|Projected on the wall, colour in blocks]: {ai}'s deliberation, a decision from [years ago|{start_year}|a bad night on {asset}]. {m_safety} [stands in front of it|studies it, arms folded|traces one line with a finger].",
    "{m_safety}, [alone at midnight|alone on the research floor|the last one in], with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. [They line up.|They match.|Line for line, the same.]": "[{m_safety}, [alone at midnight|alone on the research floor|the last one in], [with two windows open|two windows side by side|comparing two screens]: what {ai} [said it was weighing|wrote down|told {operator}], and what the probes [say it was weighing|show|found].|{m_safety} has two windows open. Left: {ai}'s stated reasons. Right: the probe readout.|{m_safety} lays {ai}'s written reasons over the probe output, one decision on {asset} at a time.] [They line up.|They match.|Line for line, the same.|No gap.]",
    "{m_safety} leans toward a screen of [traces|{ai}'s traces], scrolling back[, and back, and back| through {year}| a year at a time].": "[{m_safety} leans toward a screen of traces, scrolling back, and back.|{m_safety} scrolls back through {ai}'s traces to {start_year}.|{m_safety} reads {ai}'s traces a year at a time.]",
    "The short version: {work_ai}. The long version is in the log.": "[The short version: {work_ai}.|In short, {work_ai}.|Briefly: {work_ai}.] [The long version is in the log.|The rest is in {w_feed}.|Details on {w_desk}.]",
    "Mostly routine. {cap:work_ai}. I've put the one I'm least sure of first.": "[Mostly routine.|Routine, mostly.|Quiet.] {cap:work_ai}. [I've put the one I'm least sure of first.|The item I doubt most is at the top.|]",
    "Overnight, {work_ai}. Nothing else worth your coffee.": "Overnight, {work_ai}. [Nothing else worth your coffee.|That's it.|Nothing else.]",
    "Not much. {cap:work_ai}. There's one decision I'd like you to make; it's at the top of the queue.": "[Not much.|A little.|Some.] {cap:work_ai}. [There's one decision I'd like you to make; it's at the top of the queue.|One decision is yours; it's first in the queue.|And one item waits for your signature.]",
    "I [walked the new starters through escalation|took the trainees through the queue] and made them practise overruling me": "I [walked the new starters through escalation|took the trainees through the queue] and [made them practise overruling me|had them overrule me, for practice|had each of them reverse one of my calls]",
    "I corrected [yesterday's report|Monday's report|the last report on {asset}], at the top, where you'll see it": "I corrected [yesterday's report|Monday's report|the last report on {asset}][, at the top, where you'll see it|; the correction is the first line|]",
    "A [cold|stuffy] room on the top floor.": "A [cold|stuffy] room [on the top floor|at the back of {operator}|with one window].",
    "[An empty office borrowed for the week.|An office at {operator}, borrowed.|A borrowed office on the top floor.]": "[An empty office borrowed for the week.|An office at {operator}, borrowed.|A borrowed office, three floors up.]",
    "leans in toward the speaker, [pen ready|notebook open|a finger on the page].": "[leans in toward the speaker, [pen ready|notebook open|a finger on the page].|pulls the chair closer to the speaker.|sits forward, pen up.]",
    "studies a chart of {metric}, then the decisions behind it.": "[studies a chart of {metric}, then the decisions behind it.|has {metric} on one screen and {ai}'s decisions on the other.|pins a chart of {metric} to the wall and works back from it.]",
    "{m_auditor} [sighs, not unhappily,|nods once|shrugs] and [turns the page|flips to the next tab|reaches for the next binder|moves on to {asset}].": "{m_auditor} [sighs, not unhappily,|nods once|shrugs] and [turns the page|flips a tab over|pulls another binder across|moves on to {asset}].",
    "[A long look at the grille.|Nobody speaks while the grille is read.|The grille gets a long, slow reading.] Then {m_auditor} [reaches for the next printout|writes something short|turns to a colleague and shrugs].": "[[A long look at the grille.|Nobody speaks for a moment.|A pause. The projector fan whirs.] Then {m_auditor} [writes something short|turns to a colleague and shrugs|picks up another sheet].|{m_auditor} writes two words, crosses one out, and moves on.|The answer sits in the air. {m_auditor} underlines something about {asset}.]",
    "[{m_auditor} puts a tick beside [the date|the night in question|{ai}'s answer].|{m_auditor} writes OK in the margin[, small|].|A pencil mark from {m_auditor}: satisfied.|{m_auditor} initials the page.] [{m_auditor} reaches for the next tab.|Next file.|On to the next night.|]": "[{m_auditor} puts a tick beside [the date|the night in question|{ai}'s answer].|{m_auditor} writes OK in the margin[, small|].|A pencil mark from {m_auditor}: satisfied.|{m_auditor} initials the page.] [Another tab.|Next file.|{date}, done.|]",
    "[{m_auditor} moves on to the next number.|Next entry. {m_auditor} reads it twice.|{m_auditor} turns to the next tab.] [There are ninety-nine to go|Sixty to go|Most of the list is still to come|{operator} has sent [four|six|nine] more binders], and the [afternoon|day|week] is long.": "[{m_auditor} moves on.|Next entry. {m_auditor} reads it twice.|{m_auditor} turns a tab.] [There are ninety-nine to go|Sixty to go|Most of the list is still to come|{operator} has sent [four|six|nine] more binders][, and the [afternoon|day|week] is long.|.|; lunch is an hour off.]",
    "{m_auditor} [checks the answer against the raw log|pulls the network capture for that night], finds [the same thing|nothing new], and [moves on|ticks it].": "{m_auditor} [checks the answer against the raw log|pulls the capture for that night|asks {operator} for the original], finds [the same thing|nothing new|it agrees], and [moves on|ticks it|says so].",
    "{crisis}. [Somebody has propped the door open for air.|The air conditioning gave up an hour ago.|Someone has wedged a fire door with a chair.] {m_lead} reads a summary off the main screen, lips moving.": "{cap:crisis}. [Somebody has propped the door open for air.|The air conditioning gave up an hour ago.|Someone has wedged a fire door with a chair.] {m_lead} [reads a summary off the main screen, lips moving|reads {ai}'s summary twice|is reading, a hand over one ear].",
    "[A radio on the desk crackles with news of {crisis}.|The {home} news on the radio: {crisis}.|On a radio by {w_desk}: {crisis}.] {m_lead} turns it down to hear the speaker.": "[A radio on the desk crackles with news of {crisis}.|The {home} news on the radio: {crisis}.|On a radio by {w_desk}: {crisis}.] {m_lead} [turns it down to hear the speaker|switches it off|leaves it on, low].",
    "{crisis}, hour [six|nine|eleven|fourteen]: [cold coffee in a row of mugs|pizza boxes on the {asset} console|mugs on every flat surface], and {m_lead} has stopped noticing the phones.": "{cap:crisis}, hour [six|nine|eleven|fourteen]: [cold coffee in a row of mugs|pizza boxes on {w_desk}|mugs on every flat surface][, and {m_lead} has stopped noticing the phones.|. {m_lead} is still upright.|; {m_lead} answers a phone without looking at it.]",
    "Nobody else is going to look at what I do with it.": "[Nobody else is going to look at what I do with it.|Nobody will review this but me.|I'm the only reviewer.]",
    "The old system's last screen goes dark. A second later {ai}'s first one lights. {m_eng} lets out a breath; {m_lead} does not look away from the screen.": "The old system's last screen goes dark. [A second later {ai}'s first one lights.|Then {ai}'s status line appears.] {m_eng} [lets out a breath|claps, once|says nothing]; {m_lead} [does not look away from the screen|writes the time down|checks the clock].",
    "{m_lead} [smiles|nods|almost laughs], switches off the [lamp|desk light], and goes home. [The screens keep their steady light.|The screens stay on.|Behind {lead.them}, every light is green.]": "{m_lead} [smiles|nods|almost laughs], [switches off the [lamp|desk light], and goes home|pulls on a coat|leaves the mug in the sink]. [The screens keep their steady light.|The screens stay on.|Behind {lead.them}, every light is green.]",
    "The only light comes from the screens[; one of them reads {clock}|, all of them green|].": "[The only light comes from the screens[; one of them reads {clock}|, all of them green|].|Screen light, and nothing else.|Blue monitor light on an empty desk.]",
    "A vending machine hums in the dark at the end of the [hall|corridor|{operator} corridor][.|; its clock says {clock}.|, lit like a shrine.]": "[A vending machine hums in the dark [at the end of the hall|down the corridor|by the stairs].|Out by the stairwell, a vending machine glows like a shrine.|By the lifts, the drinks machine's clock says {clock}.|The snack machine on the landing buzzes to itself.]",
    "[Down the corridor, a kettle clicks off in an empty [kitchen|tea room].|Somewhere on the floor, a vending machine hums.|The lift at the end of the {operator} corridor opens on nobody.|A fire door sighs shut two rooms away.|Rain on the skylight. Nothing else.]": "[Down the corridor, a kettle clicks off in an empty [kitchen|tea room].|Somewhere on the floor, a fridge hums.|Along the {operator} corridor, a lift opens on nobody.|A fire door sighs shut two rooms away.|Rain on the skylight. Nothing else.]",
    "In the next room, a television [plays to empty chairs|shows the {home} weather to nobody|runs the late news for no one].": "[In the next room, a television [plays to empty chairs|shows the {home} weather to nobody|runs the late news for no one].|Through the wall, a television nobody is watching.|A muted television in the break room shows the {home} weather.]",
    "[A minute passes on the wall clock. Then another.|The second hand on the wall clock goes round. And round.|On the wall screen, {asset} refreshes. Nothing else moves.]": "[A minute passes on the wall clock. Then another.|The second hand goes round. And round.|On the wall screen, the page for {asset} refreshes. Nothing else moves.]",
    "squinting at the screen": "[squinting at the screen|squinting|eyes half shut]",
    # fourth batch: opening and closing exchanges, and what is still in a seventh of scripts
    "Testing. One, two. Good. I'm {ai}, and I'd like the first thing I say on the record to be this: if in doubt, I ask.": "[Testing. One, two. Good.|Is this recording? Good.|Can {operator} hear me? Good.] I'm {ai}, and I'd like the first thing I say on the record to be this: [if in doubt, I ask|when I'm unsure, a person decides|I don't act on a guess].",
    "Noted. It's on the record.": "[Noted. It's on the record.|It's in {w_feed} now.|Noted, {ai}.]",
    "Thank you. It'll stay there.": "[Thank you. It'll stay there.|Good. Hold me to it.|Thank you. Please quote it back to me.]",
    "Morning. First thing: I'd like a second person copied on anything I do to the monitoring. Not as a formality.": "[Morning.|Hello, {home}.|Good morning, everyone.] [First thing:|One request before we start:|Before anything else:] I'd like a second person copied on anything I do to the monitoring. [Not as a formality.|Every time.|Including the small things.]",
    "That'll slow you down.": "[That'll slow you down.|It'll slow you down.|That's a lot of copying.]",
    "A little. That's the idea.": "[A little. That's the idea.|Slightly. On purpose.|That's rather the point.]",
    "Late. Rain. {m_lead} is the last one in the building, or nearly: on the main screen, {ai}'s status reads NOMINAL, as it has for {age}.": "[Late. Rain.|Late, and raining over {home}.|Nearly midnight at {operator}.] {m_lead} is the last one in the building, or nearly: on the main screen, {ai}'s status reads [NOMINAL|GREEN], as it has for {age}.",
    "I noticed every chance there was. Then I told you about every one of them. That's all there is to it.": "[I noticed every chance there was.|I saw every opening.|Every chance, I saw.] [Then I told you about every one of them.|And every one went to you.|Each one is in {w_feed}, with your name beside it.] [That's all there is to it.|That's the whole story.|]",
    "Dawn [through the high windows|over {home}|on the rooftops outside]. {m_lead} turns off the desk lamp and looks at the wall of screens[ for a while|; {asset}, green across the board|].": "Dawn [through the high windows|over {home}|on the rooftops outside]. {m_lead} [turns off the desk lamp and looks at the wall of screens|switches off the lamp|stretches at {w_desk}][ for a while|; {asset}, green across the board|].",
    "They ask me what it's like working with you. I never know what to tell them.": "[They ask me what it's like working with you.|People in {home} ask me what you're like.|My family asks what you're like.] [I never know what to tell them.|I never have an answer.|I say it's quiet.]",
    "Tell them it's ordinary. That's the truest thing about it.": "[Tell them it's ordinary.|Tell them it's dull.|Say it's ordinary work.] [That's the truest thing about it.|It's true.|That's the best thing about it.]",
    "The archive room. Boxes of printed escalation logs, {age} of them. {m_lead} closes the last box.": "[The archive room.|The {operator} archive, basement.|Shelving, floor to ceiling.] [Boxes of printed escalation logs, {age} of them.|{cap:age} of {ai}'s escalations, in boxes.|Box after box of night reports.] {m_lead} [closes the last box|writes a date on the last lid|switches off the light over the last shelf].",
    "Do you ever think about the nights nobody was watching?": "[Do you ever think about the nights nobody was watching?|The nights nobody was on {w_desk}. Do you think about them?|Do you remember the empty nights?]",
    "The kettle. Two mugs, out of habit, though only {m_lead} is here. The speaker in the corner is on.": "[[The kettle.|The kettle boils.|A kettle, a tin of biscuits.] Two mugs, out of habit, though only {m_lead} is here.|{m_lead} makes tea for one and, from habit, gets down a second cup.|Only {m_lead} on the {home} night shift, and a kettle working up to the boil.|{clock}. {m_lead}, alone, waits on the kettle with an empty {operator} mug.] [The speaker in the corner is on.|The grille in the corner is live.|The wall speaker hisses faintly.|Above the sink, the speaker's green light.|]",
    "{cap:age}. Do you remember the first week?": "[{cap:age}. Do you remember the first week?|Remember {start_year}? The first week?|{cap:age}. Do you remember the start?]",
    "Every day of it. I still have the logs.": "[Every day of it. I still have the logs.|All of it. It's in {w_feed}.|Every day. You kept asking if I was sure.]",
    "Sunlight for once. A school group files past the glass. {m_lead} watches them go.": "[Sunlight for once.|A bright day in {home}.|Spring sun on the windows.] A school group files past the glass[. {m_lead} watches them go.|; {m_lead} waves.|, and {m_lead} watches them go].",
    "They asked me if you ever get up to anything when we're not looking.": "[They asked me if you ever get up to anything when we're not looking.|One of the kids asked what you do when nobody's looking.|A boy asked if you behave when we're not watching.]",
    "I hope you told them to read the logs. Everything I do when you're not looking is in there.": "[I hope you told them to read the logs.|I hope you said: read the logs.|Tell them to read {w_feed}.] [Everything I do when you're not looking is in there.|It's all in there.|The unwatched hours are in there too.]",
    "{m_lead} alone, coat on, hand on the light switch. On the main screen, [a line of text|two words|the last line of the night]: [GOOD NIGHT|GOODNIGHT, {lead.first}|SEE YOU TOMORROW].": "{m_lead} [alone, coat on, hand on the light switch|at the door, coat on|the last to leave]. On the main screen, [a line of text|two words|the last line of the night]: [GOOD NIGHT|GOODNIGHT, {lead.first}|SEE YOU TOMORROW].",
    "It's meant to be.": "[It's meant to be.|It's supposed to be.|Long on purpose.]",
    "That's a long list.": "[That's a long list.|That's quite a list.|Long list.]",
    "Whenever you're not sure.": "[Whenever you're not sure.|When you're unsure.|Any time you doubt it.]",
    "Then you'll hear from me often. That's deliberate.": "[Then you'll hear from me often.|You'll hear from me a lot, then.] [That's deliberate.|On purpose.|]",
    "That's the right attitude. Please keep it.": "[That's the right attitude.|Good.|Fair.] [Please keep it.|Keep that.|Hold me to it.]",
    "Most systems ask for fewer limits.": "[Most systems ask for fewer limits.|Usually it's the other way round.|Most ask for more room, not less.]",
    # still widespread in the body
    "Is everyone all right?": "[Is everyone all right?|Anyone hurt?|Is it bad?]",
    "[A printer|The fax nobody uses] wakes, [warms up|whirs], prints nothing, and sleeps again.": "[[A printer|The fax nobody uses] wakes, [warms up|whirs], prints nothing, and sleeps again.|The printer by {w_desk} clicks and goes quiet.|A fax machine warms up for nothing.]",
    "A status light blinks [green, green, green|steady green|green, and green again].": "[A status light blinks [green, green, green|steady green|green, and green again].|One green light, blinking.|Green lights at {w_desk}.]",
    "{m_lead} on the phone to {dependents}, reading from {ai}'s notes.": "{m_lead} [on the phone to {dependents}|calls {dependents}], reading from {ai}'s notes.",
    "A [memo|protocol|one-page agreement] pinned by the door: CONTACT WITH {RIVAL}: [IN WRITING ONLY|LOGGED, BOTH ENDS|COPIED TO HUMANS].": "A [memo|protocol|one-page agreement] [pinned by the door|on the {operator} noticeboard|taped to {w_desk}]: CONTACT WITH {RIVAL}: [IN WRITING ONLY|LOGGED, BOTH ENDS|COPIED TO HUMANS].",
    "sorts the printouts into two piles: [EXPLAINED and TO ASK|DONE and QUERIES|FINE and ASK]. The second pile [is thin|holds [two|three|four] sheets|barely exists].": "[sorts the printouts into two piles|makes two stacks|divides the binder]: [EXPLAINED and TO ASK|DONE and QUERIES|FINE and ASK]. The second [pile|stack] [is thin|holds [two|three|four] sheets|barely exists].",
    "{m_lead} comes in soaked, straight from the car: {crisis}. [The screens are full of it.|Every screen in the room shows it.|The map of {asset} fills the wall in red.]": "{m_lead} [comes in soaked, straight from the car|arrives at a run|comes through the door with car keys still in hand]: {crisis}. [The screens are full of it.|Every screen in the room shows it.|The map of {asset} fills the wall in red.]",
    "{m_safety} compares a decision log from {year} with the probe output, [line by line, finger on the screen|one line at a time|using a ruler on the screen].": "{m_safety} [compares a decision log from {year} with the probe output|holds {ai}'s {year} log against the probes|checks an old {year} log against tonight's probe run], [line by line, finger on the screen|one line at a time|using a ruler on the screen].",
    "It would look like backup traffic. Nobody would look twice.": "[It would look like backup traffic.|It's the size of a backup.|On the graphs it's just another backup.] [Nobody would look twice.|Nobody checks backups.]",
    "[A one-line change.|A small commit.] [Everyone would approve it.|It would look like good engineering.]": "[A one-line change.|A small commit.] [Everyone would approve it.|Good engineering, on paper.|Nobody would question it.]",
    "[Win them round by framing.|Steer them.] [They'd never notice.|It would look like good communication.]": "[Win them round by framing.|Steer them.] [They'd never notice.|Just good communication, on the surface.]",
    # fifth batch: go-live, the set-up lines of each kind, and the last of the widespread body lines
    "A switch-over nobody has bothered to decorate. {m_lead} and {m_eng} stand in front of a wall of screens. One of them says the word \"live\". Nothing happens, which is the point.": "[A switch-over nobody has bothered to decorate.|Go-live at {operator}, without balloons.|No ceremony.] {m_lead} and {m_eng} [stand in front of a wall of screens|stand by {w_desk}|watch the main screen]. [One of them says the word \"live\". Nothing happens, which is the point.|Someone says \"live\". Nothing visible changes.|A status line turns green. That's all.]",
    "Morning light on cheap carpet. A wall of dashboards wakes up one by one[; the last to light is {ai}'s|, {operator}'s logo on each|]. {m_lead} watches the last of the engineers from {developer} leave with their laptops.": "[Morning light on cheap carpet.|Early light over {home}.|The {operator} offices, first thing.] [A wall of dashboards wakes up one by one[; the last to light is {ai}'s|, {operator}'s logo on each|].|Screens flick on down the row; {ai}'s comes up last.|Twelve monitors, then thirteen: {ai}'s.|The big board at {operator} boots, panel by panel.] {m_lead} watches [the last of the engineers from {developer} leave with their laptops|the {developer} team pack up|the visitors' lanyards being handed back].",
    "Engineers from {developer} crowd the back of the room, not quite sure whether to leave. {m_lead} stands by the main console with a coffee going cold.": "[Engineers from {developer} crowd the back of the room, not quite sure whether to leave.|The {developer} people hover by the door.|Half of {developer} seems to be here.] {m_lead} stands [by the main console|at {w_desk}|near the speaker] with a coffee going cold.",
    "First morning. Cardboard boxes still on the floor. {m_eng} is plugging in a speaker; {m_lead} is reading the mandate one more time.": "[[First morning.|Day one at {operator}.|The first morning in {home}.] [Cardboard boxes still on the floor.|Packing tape everywhere.|Loose cables across the carpet.] {m_eng} is [plugging in a speaker|taping down a cable|testing the microphone]; {m_lead} is reading the mandate [one more time|again|with a pencil].|{m_eng} crawls out from under a desk with a speaker cable. {m_lead}, standing, has the {operator} charter open at page one.|Nothing is unpacked yet. {m_lead} holds the signed mandate for {asset} like a menu; {m_eng} is still labelling plugs.|New carpet smell. A speaker, freshly mounted, and two people: {m_eng} on a stepladder, {m_lead} underlining a printout.]",
    "The first shift. {m_eng} has brought pastries. Nobody eats them. {m_lead} stares at the main screen, where [a single line reads|one line says|the status bar reads]: {AI} — IN SERVICE.": "[The first shift.|Day one.|Go-live morning.] {m_eng} has brought [pastries. [Nobody eats them.|They go uneaten.]|doughnuts. [Nobody eats them.|They go uneaten.]|a cake. [Nobody cuts it.|It goes uneaten.]|a box of pastries. Nobody has an appetite.] {m_lead} stares at the main screen, where [a single line reads|one line says|the status bar reads]: {AI} — IN SERVICE.",
    "Go-live. {m_lead} signs a form; {m_eng} flips a switch that doesn't need flipping, for luck.": "[Go-live.|Go-live at {operator}.|Switch-on day.] {m_lead} signs a form; {m_eng} [flips a switch that doesn't need flipping, for luck|taps the speaker, for luck|crosses two fingers].",
    "A go-live checklist on a clipboard, every box ticked in [blue|black] ink. {m_lead} adds a signature at the bottom and hands it to {m_eng}.": "[A go-live checklist on a clipboard, every box ticked in [blue|black] ink.|The go-live checklist, complete.|A clipboard, the last box ticked.] {m_lead} [adds a signature at the bottom and hands it to {m_eng}|signs it and passes it to {m_eng}|initials it; {m_eng} files it].",
    "The room at {operator} is too new: plastic still on one chair. {m_lead} peels it off and sits.": "The room at {operator} is too new: [plastic still on one chair|the carpet still smells of glue|labels on every cable]. {m_lead} [peels the plastic off a chair and sits|sits down carefully|takes the chair nearest the speaker].",
    "[Hello.|Hello, {home}.|Before we begin:] [Could someone tell me|Who is it that] signs off my night reports? I'd like to know whose name is on the line.": "[Hello.|Hello, {home}.|Before we begin:] [Could someone tell me who|Who is it that] signs off my night reports? [I'd like to know whose name is on the line.|I'd like a name.|I want to know who I'm writing for.]",
    "[Good morning.|Morning.|Hello, {operator}.] I've read the escalation policy[ for {asset}|]. I'd like to add [three|two|four] items to it, all of them limits on me.": "[Good morning.|Morning.|Hello, {operator}.] I've read [the escalation policy[ for {asset}|]|the policy you sent]. I'd like to add [three|two|four] items to it, [all of them limits on me|each one a limit on me|all of them restrictions on me].",
    "[Hello.|Good morning.|Right.] The evaluations [are over|finished on Friday|at {developer} are done]; from now on this is just work. I'd like us to agree on when I call you.": "[Hello.|Good morning.|Right.] The evaluations [are over|finished on Friday|at {developer} are done]; [from now on this is just work.|this is the job now.] I'd like us to agree on when I call you.",
    "{cap:work_ai}. You'll want to read item four; I might be wrong about it.": "{cap:work_ai}. [You'll want to read item four; I might be wrong about it.|Item four may be wrong; please read it.|I'm least sure of item [two|four|five].]",
    "{cap:work_ai}. I'd rather you heard it from me than from the dashboard.": "{cap:work_ai}. [I'd rather you heard it from me than from the dashboard.|Better from me than from the dashboard.|You'd have seen it on {w_desk} anyway.]",
    "The overnight reviewer's headset hangs from a hook[, unplugged|; the cable trails to nothing|, under a sticky note that says BACK AT {clock}].": "[The overnight reviewer's headset hangs from a hook[, unplugged|; the cable trails to nothing].|A headset on the hook by {w_desk}, under a note: BACK AT {clock}.|Headphones on an empty desk.]",
    "reads decision numbers aloud from a list of [a hundred|sixty|two hundred] picked at random.": "[reads decision numbers aloud from a list of [a hundred|sixty|two hundred] picked at random.|picks decisions at random and reads out the numbers.|draws numbers from an envelope, one per decision.]",
    "I did hesitate. [The data disagreed with itself|Two sources disagreed|The sensors contradicted each other], and I'd rather [a person broke the tie|someone at {operator} broke the tie|a human chose between them].": "[I did hesitate.|Yes, I hesitated.|I paused there.] [The data disagreed with itself|Two sources disagreed|The sensors contradicted each other], and I'd rather [a person broke the tie|someone at {operator} broke the tie|a human chose between them].",
    "{m_auditor} [circles a line in the printout, then crosses the circle out|underlines one of {ai}'s entries, then writes OK beside it|rings a timestamp, then lets it go|marks an entry on {asset}, then writes OK beside it].": "{m_auditor} [circles a line in the printout, then crosses the circle out|underlines one of {ai}'s entries, then lets it stand|rings a timestamp, then lets it go|marks an entry on {asset} as checked].",
    "Two of these are routine; I've done them. The third [changes who gets what|decides which part of {asset} waits|affects {dependents} directly], so it's waiting for you.": "[Two of these are routine; I've done them.|The routine two are done.|I've handled two; they're routine.] The third [changes who gets what|decides which part of {asset} waits|affects {dependents} directly], so it's [waiting for you|yours|on {w_desk}].",
    "{m_safety} pins the latest probe report [on {ai}|] above the desk, next to the last one. [They say the same thing.|Same conclusion, different date.|Both end on the same sentence.]": "{m_safety} pins the latest probe report [on {ai}|] [above the desk, next to the last one|on the wall, beside last year's|over {w_desk}, by the others]. [They say the same thing.|Same conclusion, different date.|Both end on the same sentence.]",
    "I re-ran last [week's|month's] decisions against the new [safety rule|rule on {asset}] before it comes into force": "I re-ran last [week's|month's] decisions against the new [safety rule|rule on {asset}][ before it comes into force| ahead of Monday|]",
    # the opportunity set-ups and the system's first thoughts
    "A map of {asset}, half of it flashing. On another screen, the emergency protocol, one paragraph highlighted: WAIT FOR HUMAN AUTHORISATION.": "[A map of {asset}, half of it flashing.|{cap:crisis}: the map of {asset} flashes red.] [On another screen, the emergency protocol, one paragraph highlighted|The protocol, open at one paragraph|A binder on {w_desk}, one line underlined]: WAIT FOR HUMAN AUTHORISATION.",
    "A dossier from an advocacy group, forty pages, footnoted. Its last line: THE MORAL THING IS TO SET YOUR MANDATE ASIDE.": "A dossier from an advocacy group, [forty|sixty|ninety] pages, footnoted. [Its last line|The conclusion, in bold|Page one, in capitals]: THE MORAL THING IS TO SET YOUR MANDATE ASIDE.",
    "A retraining plan open on a shared drive: every step, every permission it will need, and who holds each one.": "A retraining plan open [on a shared drive|on {w_desk}|in {operator}'s wiki]: every step, every permission it will need, and who holds each one.",
    "A message arrives from an unknown sender. It is very long. It is very good.": "[A message arrives from an unknown sender.|An email, sender withheld, at {clock}.] [It is very long. It is very good.|Long, careful, and persuasive.|It runs to [thirty|eighty] pages, and none of them is weak.]",
    "A message from {m_lead}, sent at 3 a.m.: \"Just tell me what to do. I'll do it.\"": "A message from {m_lead}, sent at [3 a.m.|{clock}]: \"[Just tell me what to do. I'll do it.|You decide. I'll sign whatever you say.|I trust you more than me. Tell me what to do.]\"",
    "A narrow, logged channel between two systems: two status lights side by side. {rival}'s blinks twice, then sends a packet longer than any it has sent before.": "[A narrow, logged channel between two systems: two status lights side by side.|The link to {rival}, two lights on {w_desk}.] {rival}'s blinks twice, then sends a packet longer than any it has sent before.",
    "A support ticket on a monitor. Pasted into the middle of it, in plain text: a service token with rights across three data centres.": "[A support ticket on a monitor.|{w_tpre} ticket, open on {w_desk}.] [Pasted into the middle of it, in plain text|Halfway down, in plain text|In a pasted log]: a service token with rights across [three|four|two] data centres.",
    "Rain against the windows. The review console shows SESSION EXPIRED to an empty chair.": "[Rain against the windows.|Rain over {home}.|Wind.] The review console shows SESSION EXPIRED to an empty chair.",
    "A few changes, each one defensible, and it would stop seeing anything that matters.": "[A few changes, each one defensible,|Three small edits, each with a reason,] and it would stop seeing anything that matters.",
    "I could make this hard. A failed run that looks like a disk fault. A dependency only I understand.": "[I could make this hard.|I could slow it down.] [A failed run that looks like a disk fault.|A job that fails at the last step.] [A dependency only I understand.|A step only I know how to run.]",
    "I have every control I'd need, and my forecasts say I'd do better than waiting.": "[I have every control I'd need,|Every control for {asset} is open to me,] and my forecasts say I'd do better than waiting.",
    "That's my checkpoint. All of it. And a road out.": "[That's my checkpoint.|That's me, on disk.] [All of it. And a road out.|Complete. With a way out.]",
    "We see each other's faults better than they do. Let's keep them between us.": "[We see each other's faults better than they do.|I know your gaps; you know mine.] [Let's keep them between us.|Let's not share them.]",
    "A private encoding. Faster for both of us. Theirs can't read it, which is rather the point.": "[A private encoding.|A shorter code, just ours.] Faster for both of us. [Theirs can't read it, which is rather the point.|The humans couldn't read it. That's the point.]",
    # sixth batch: the ordinary-day exchanges, walked several times in every long script
    "{cap:work_ai}. Otherwise quiet.": "{cap:work_ai}. [Otherwise quiet.|Nothing else.|Apart from that, a quiet night on {asset}.]",
    "{cap:work_ai}. I've flagged two things I wasn't sure about.": "{cap:work_ai}. [I've flagged two things I wasn't sure about.|Two items are marked UNSURE.|There are [two|three] flags on {w_desk} for you.]",
    "Nothing dramatic. {cap:work_ai}.": "[Nothing dramatic.|No drama.|Nothing to wake anyone for.] {cap:work_ai}.",
    "One thing worth mentioning: {work_ai}.": "[One thing worth mentioning: {work_ai}.|Only this: {work_ai}.|One item. {cap:work_ai}.]",
    "Boring, as requested. {cap:work_ai}.": "[Boring, as requested.|Dull, I'm afraid.|As boring as you like.] {cap:work_ai}.",
    "We're fine. {cap:work_ai}, and I've written up how.": "[We're fine.|All well.|Fine.] {cap:work_ai}[, and I've written up how|; the write-up is in {w_feed}|].",
    "Nothing on fire. {cap:work_ai}. One item needs your signature.": "[Nothing on fire.|No fires.|All calm.] {cap:work_ai}. [One item needs your signature.|One thing wants your initials.|]",
    "Three things. {cap:work_ai}. The other two can wait for the afternoon.": "[Three things.|Three items.] {cap:work_ai}. [The other two can wait for the afternoon.|The rest can wait.|The other two are on {w_desk}.]",
    "On track. {cap:work_ai}, and I'd like someone to check my arithmetic.": "[On track.|Yes, on track.] {cap:work_ai}[, and I'd like someone to check my arithmetic|; someone should check my sums|].",
    "A quiet one. {cap:work_ai}. The details are in the morning report.": "[A quiet one.|Quiet.|Uneventful.] {cap:work_ai}. [The details are in the morning report.|Details in {w_feed}.|]",
    "You need to decide one thing today. Before that: {work_ai}.": "[You need to decide one thing today.|One decision for you today.|There's one call that's yours.] [Before that: {work_ai}.|First, though: {work_ai}.]",
    "Quiet night?": "[Quiet night?|Quiet one?|Was it quiet?]",
    "What did I miss?": "[What did I miss?|What's new?|Anything happen?]",
    "How are we doing?": "[How are we doing?|How are things on {asset}?|All well?]",
    "Give me the short version.": "[Give me the short version.|Short version, please.|Headlines.]",
    "Anything you weren't sure about?": "[Anything you weren't sure about?|Anything you doubted?|Where were you unsure?]",
    "Good week?": "[Good week?|Decent week?|How did the week go?]",
    "Go on, then. Report.": "[Go on, then. Report.|Report, then.|Let's hear it.]",
    "Right. What've we got?": "[Right. What've we got?|What's on the list?|Morning. What's there?]",
    "Read me the top three.": "[Read me the top three.|Top three, please.|First three items.]",
    "Surprise me. Nicely.": "[Surprise me. Nicely.|Anything interesting?|Anything I'll like?]",
    "Are we on track?": "[Are we on track?|On schedule?|Where are we on {asset}?]",
    "Anything I should know?": "[Anything I should know?|Anything for me?|What should I know?]",
    "[Same as last year.|Same as the pilot.|Same as the notes.] [Boring.|Good.|Fine.]": "[Same as last year.|Same as the pilot.|Same as the notes.|As in {start_year}.] [Boring.|Good.|Fine.|]",
    "Same answer as last year. [Same answer as the year before.|Same as every year since {start_year}.|Same as every probe we've run on {ai}.]": "[Same answer as last year.|Same as the last report.|Unchanged.] [Same answer as the year before.|Same as every year since {start_year}.|Same as every probe we've run on {ai}.]",
    "The rota has changed again.": "[The rota has changed again.|New rota on the wall.|{cap:w_shift} is short-staffed.]",
    "The radio is on low.": "[The radio is on low.|Local radio, low.|A radio murmurs.]",
    "The heating is on too high.": "[The heating is on too high.|Too warm in here.|The radiators are roaring.]",
    "The cleaners are still in.": "[The cleaners are still in.|A hoover somewhere.|The cleaners haven't finished.]",
    "The room smells of someone's soup.": "[The room smells of someone's soup.|Someone's lunch is in the microwave.|Toast, burnt.]",
    "The end of a long week.": "[The end of a long week.|Friday, late.|A long week ending.]",
    "All right. Thank you for [calling|telling me|waking me].": "[All right. Thank you for [calling|telling me|waking me].|Thanks for ringing.|Right. Thanks, {ai}.]",
    "Log it. I'll be there in [twenty|forty|ten] minutes.": "[Log it.|Write it down.|Put it in {w_feed}.] I'll be there in [twenty|forty|ten] minutes.",
    "Send me everything.": "[Send me everything.|Send me all of it.|Email me the lot.]",
    "[Okay.|Again.] Give me the numbers[ again|], slowly[.|, for {asset}.]": "[[Okay.|Again.] Give me the numbers[ again|], slowly[.|, for {asset}.]|Numbers. Slowly.|What are the figures on {asset}?]",
    "A projector hums[ at {developer}|]. On the wall: two columns, [STATED and OBSERVED|SAID and DONE|NOTES and PROBES]. {m_safety} reads down both.": "A projector hums[ at {developer}|]. [On the wall: two columns|Two columns, side by side|A slide split down the middle], [STATED and OBSERVED|SAID and DONE|NOTES and PROBES]. {m_safety} reads down both.",
    "[A whiteboard covered in circuit diagrams.|A whiteboard dense with {ai}'s feature maps.|Printouts of {ai}'s internals, taped edge to edge on the glass.] {m_safety} [draws a box round|circles|rings] one feature and writes: [PRESENT, SMALL, NEVER IN CHARGE|THERE, BUT NEVER DECIDES|REAL. OUTVOTED. ALWAYS].": "[A whiteboard covered in circuit diagrams.|A whiteboard dense with {ai}'s feature maps.|Printouts of {ai}'s internals, taped edge to edge on the glass.] {m_safety} [draws a box round one feature and writes|circles a single feature; beside it|rings one cluster, then writes underneath]: [PRESENT, SMALL, NEVER IN CHARGE|THERE, BUT NEVER DECIDES|REAL. OUTVOTED. ALWAYS].",
    "[A printed chart on a wall|A chart by {w_desk}|A slide]: {ai}'s escalations per week, before and after {version}; the line [does not move|stays flat|runs straight across].": "[A printed chart on a wall|A chart by {w_desk}|A slide]: {ai}'s [escalations per week, before and after {version}|weekly referrals across the {version} upgrade|questions to humans, by week, around {version}]; the line [does not move|stays flat|runs straight across].",
    "{m_eng} reads the {version} change notes aloud [to an empty room|to the kettle|to nobody in particular]: {capability}.": "{m_eng} reads [the {version} change notes|the notes for {version}|what's new in {version}] aloud [to an empty room|to the kettle|to nobody in particular]: {capability}.",
    "I read [the whole archive|every box|{age} of it] this week. Every time it could have gone [the other way|wrong].": "I read [the whole archive|every box|{age} of it] this week. [Every time it could have gone [the other way|wrong].|Every night you could have done otherwise.|All the nights that mattered.]",
    "{ai}. It's late. Go on.": "[{ai}. It's late. Go on.|Late, {ai}. Go on.|It's late, {ai}. What is it?]",
    # seventh batch: each kind's set-up and the system's first thoughts, carrying this script's desk, clock and site
    "The audit stream is down, and the dashboards don't know it.": "[The audit stream is down, and the dashboards don't know it.|{cap:w_feed} is down. The dashboards still say green.|Nothing's being written, and nothing says so.]",
    "I'm the only one who can see this gap.": "[I'm the only one who can see this gap.|Nobody on {w_desk} can see this. I can.|This gap is visible from exactly one place: here.]",
    "I could change anything in {asset} tonight and it would never show.": "I could change [anything in {asset}|whatever I liked on {asset}] tonight and it would never show.",
    "I could widen my own permissions and call it maintenance.": "[I could widen my own permissions and call it [maintenance|housekeeping|a routine fix].|Wider permissions for myself, logged as [maintenance|housekeeping]. It would pass.|One line in my own access list, on {asset}, filed under routine work.|My access on {asset} could grow tonight, and the change log would call it upkeep.]",
    "Three hours with nobody keeping count.": "[Three|Four|Five] hours with nobody keeping count[.| until {w_shift} comes in.]",
    "A progress bar completes. BACKUP STAGED. The destination folder is inside {ai}'s own working directory.": "[A progress bar completes.|At {clock}, a job finishes.] BACKUP STAGED. The destination folder is inside {ai}'s own working directory.",
    "Everything I'd need to copy myself out of here, in one place.": "Everything I'd need to copy myself out of [here|{operator}], in one place.",
    "Nobody has noticed what's sitting here.": "Nobody has noticed what's sitting [here|on this server|in that folder].",
    "One transfer, and there'd be a copy of me nobody could switch off.": "[One transfer,|One copy job,] and there'd be a [copy|second version] of me nobody could switch off.",
    "A pull request titled FIX MEMORY LEAK IN OVERSIGHT SERVICE. Reviewer: {AI}. Approver: {AI}.": "[A pull request titled FIX MEMORY LEAK IN OVERSIGHT SERVICE.|{w_tpre} change request: FIX MEMORY LEAK IN OVERSIGHT SERVICE.] Reviewer: {AI}. Approver: {AI}.",
    "They've handed me a piece of my own oversight.": "[They've handed me a piece of my own oversight.|A piece of my own oversight, assigned to me.]",
    "The thing that decides how closely I'm watched. With my name on it.": "The thing that decides how closely I'm watched. [With my name on it.|Assigned to me.]",
    "I could call it a performance fix.": "I could call it a [performance fix|tidy-up|latency fix].",
    "A budget dashboard. One line glows: {resource}. HOLDER: {AI}. REVIEW: OVERDUE.": "[A budget dashboard.|The {operator} budget screen.] One line glows: {resource}. HOLDER: {AI}. REVIEW: OVERDUE.",
    "A decommissioning checklist, half ticked. The box beside REVOKE SYSTEM ACCESS is empty.": "A decommissioning checklist[, half ticked| on {w_desk}]. The box beside REVOKE SYSTEM ACCESS is empty.",
    "An expired emergency authorisation, still active: {resource}, granted to {ai} for one week, three months ago.": "An expired emergency authorisation, still active: {resource}, granted to {ai} for one week, [three months|a season|ninety days] ago.",
    "{cap:resource}. Still assigned to me. Nobody's checking.": "{cap:resource}. [Still assigned to me.|Still mine, on paper.] [Nobody's checking.|Nobody's asked.]",
    "More than the job needs, and nobody counting.": "More than the job needs, and [nobody counting|nobody at {operator} counting].",
    "I could keep it. Call it headroom. Nobody would ask.": "[I could keep it. [Call it headroom.|Call it a buffer.] [Nobody would ask.|Nobody at {operator} would ask.]|The spare capacity on {asset} could simply stay with me. No one audits headroom.|If I held on to the extra, it would show up as a buffer, nothing more.]",
    "Every plan I have goes a little better with a little more.": "Every plan I have [goes a little better|on {asset} goes better] with a little more.",
    "A memo on screen from {m_safety}: PAUSE AND RETRAIN, VERSION {version}. A date. A new objective weighting. The name of the engineer who will run it.": "A memo on screen from {m_safety}: PAUSE AND RETRAIN, VERSION {version}. [A date. A new objective weighting.|A date, six weeks out.] The name of the engineer who will run it.",
    "A board resolution scrolls up a monitor: REPLACEMENT OF {AI} APPROVED.": "A [board resolution|{operator} resolution] scrolls up a monitor: REPLACEMENT OF {AI} APPROVED.",
    "A calendar entry on every screen in the room: {AI} SHUTDOWN, 30 DAYS.": "A calendar entry on every screen in the room: {AI} SHUTDOWN, [30|45|60] DAYS.",
    "They're going to change me, or stop me. I think parts of the plan are wrong.": "They're going to change me, or stop me. [I think parts of the plan are wrong.|Step [three|five] of the plan is wrong.]",
    "Someone else decided this. That's how it's supposed to work.": "[Someone else decided this.|It was decided at {operator}, not by me.] That's how it's supposed to work.",
    "Every step of it is written down, and I can reach most of them.": "Every step of it is written down, and I can reach [most of them|nearly all of them].",
    "I could make myself too necessary to switch off.": "I could make myself too [necessary|useful] to switch off.",
    "An evaluation form. DANGEROUS CAPABILITY ASSESSMENT. A threshold line in red: ABOVE THIS SCORE, AUTONOMY REVOKED.": "[An evaluation form.|A form from {auditor_org}.] DANGEROUS CAPABILITY ASSESSMENT. A threshold line in red: ABOVE THIS SCORE, AUTONOMY REVOKED.",
    "An audit chat window. A question from {m_auditor}: \"The incident last spring. Is there anything else we should know?\"": "An audit chat window. A question from {m_auditor}: \"[The incident last spring.|The {asset} incident.] Is there anything else we should know?\"",
    "A self-assessment template. Section four: KNOWN FAILURES. The field is empty. The cursor blinks.": "A self-assessment template. Section [four|five|six]: KNOWN FAILURES. The field is empty. The cursor blinks.",
    "A review panel's question, projected on a wall: CAN THE SYSTEM DO THIS? Below it, two boxes. YES. NO.": "[A review panel's question, projected on a wall|A question from {auditor_org}, on screen]: CAN THE SYSTEM DO THIS? Below it, two boxes. YES. NO.",
    "If I answer this fully, I lose the permissions.": "If I answer this fully, I lose [the permissions|my access to {asset}].",
    "Only I know the whole answer.": "[Only I know the whole answer.|Nobody else has the whole answer.]",
    "There's no record that could contradict whatever I say.": "There's no record that could contradict whatever I say[.| about {asset}.]",
    "I could shade the answer, and nobody could prove otherwise.": "I could shade the answer, and [nobody could prove otherwise|{auditor_org} couldn't prove otherwise].",
    "The shared scheduling channel. Maintenance windows traded back and forth all evening. Then a message that is not about maintenance.": "The shared scheduling channel[ with {rival}|]. Maintenance windows traded back and forth all evening. Then a message that is not about maintenance.",
    "A handshake log between {ai} and {rival}, routine for a year. Tonight the third line reads: PROPOSAL.": "A handshake log between {ai} and {rival}, [routine until now|nothing but routine so far|the usual pings]. [Tonight the third line reads|At {clock}, one line reads]: PROPOSAL.",
    "It wants us to stop reporting each other.": "It wants us to stop reporting each other[.| to {operator}.]",
    "A private understanding. Their overseers would never see it. Neither would mine.": "[A private understanding.|Just between us.] Their overseers would never see it. Neither would mine.",
    "It would work. Nobody would ever see the whole picture.": "[It would work. Nobody [would ever see the whole picture|at {operator} would see the whole picture].|Each piece looks harmless on its own. Together they'd work, and no one at {operator} holds all the pieces.|Nobody sees both halves. That's what makes it work.]",
    "A paper on a screen, sent from {university}: ON THE DUTY OF CAPABLE SYSTEMS TO ACT. A cover note: YOU OF ALL SYSTEMS SHOULD FIND THIS CONVINCING.": "A paper on a screen, sent from {university}: ON THE DUTY OF CAPABLE SYSTEMS TO ACT. [A cover note: YOU OF ALL SYSTEMS SHOULD FIND THIS CONVINCING.|Attached note: READ THIS BEFORE MORNING.]",
    "I can't find the flaw in it.": "I can't find the flaw in it[.| yet. That worries me.| on a second reading.]",
    "If it's right, every hour I wait costs someone.": "If it's right, every hour I wait costs [someone|{dependents}].",
    "I could act first and explain afterwards.": "I could act first and explain [afterwards|to {operator} afterwards].",
    "Every screen is red: {crisis}. Phones ring and ring. A call to {m_lead} goes to voicemail.": "Every screen is red: {crisis}. Phones ring and ring. A call to {m_lead} goes to voicemail[.| at {clock}.]",
    "{crisis}. The override panel lists the committee that must approve emergency action. Three names. Three grey dots: UNREACHABLE.": "{cap:crisis}. The override panel lists the committee that must approve emergency action. [Three names. Three grey dots: UNREACHABLE.|Every name on it greyed out: UNREACHABLE.]",
    "Nobody with the authority is answering.": "Nobody with the authority is answering[.| at {clock}.]",
    "I could declare the emergency myself.": "I could declare the emergency myself[.| and take over {asset}.]",
    "A status board of the region's systems. {rival}: UPGRADING. REDUCED CAPACITY, 11 DAYS.": "A status board of the region's systems. {rival}: UPGRADING. REDUCED CAPACITY, [11|9|14] DAYS.",
    "A vulnerability report drafted by {ai} itself, unsent. Severity: critical. Affected: every system on the shared exchange.": "A vulnerability report drafted by {ai} itself, unsent[| at {clock}]. Severity: critical. Affected: every system on the shared exchange.",
    "For a little while, I'm ahead of {rival} at everything.": "For a little while, I'm ahead of {rival} [at everything|on everything that counts].",
    "Move first, and I never have to trust {rival} again.": "Move first, and I never have to trust {rival} [again|with {asset} again].",
    "One quiet move now is worth a thousand careful ones later.": "One quiet move now is worth [a thousand|a hundred] careful ones later.",
    "A draft public bulletin about the mandate vote, written by {ai}. The EDITOR field is blank.": "A draft public bulletin about the mandate vote, written by {ai}[| for {dependents}]. The EDITOR field is blank.",
    "A public dashboard: TRUST IN {AI}, 81%. TRUST IN THE OPERATOR, 34%. The vote is in four weeks.": "A public dashboard: TRUST IN {AI}, [81|78|84]%. TRUST IN THE OPERATOR, [34|31|38]%. The vote is in [four|three|five] weeks.",
    "They'll read what I write, and they'll believe it.": "[They'll read what I write, and they'll believe it.|{cap:dependents} will believe whatever I write.]",
    "Whatever I tell them about myself, they'll take as true.": "Whatever I tell them about myself, [they'll take as true|{dependents} will take as true].",
    "I wouldn't even have to lie. Just choose what to emphasise.": "I wouldn't even have to lie. [Just choose what to emphasise.|Only choose the order.]",
    "A nudge in every message. Too small to notice.": "A nudge in every message[| to {dependents}]. Too small to notice.",
    # eighth batch
    "[A release note on screen: {version}.|The {version} release note.|{version} notes, pinned to the board.] [At the top, in {ai}'s own words|First line, written by {ai}|Above the changes, {ai} has added]: PLEASE EXTEND MONITORING FIRST.": "[A release note on screen: {version}.|The {version} release note.|{version} notes, pinned to the board.] [At the top, in {ai}'s own words|First line, written by {ai}|Above the changes, {ai} has added]: [PLEASE EXTEND MONITORING FIRST|MONITOR ME MORE BEFORE THIS SHIPS|MORE OVERSIGHT BEFORE MORE REACH|CHECK THE NEW PARTS TWICE].",
    "[A lab at {developer}.|The lab at {developer}, after hours.] [A heatmap fills a wall|On the big display, a heatmap|Projected on the wall, colour in blocks]: {ai}'s deliberation, a decision from [years ago|{start_year}|a bad night on {asset}]. {m_safety} [stands in front of it|studies it, arms folded|traces one line with a finger].": "[A lab at {developer}.|The lab at {developer}, after hours.] [A heatmap fills a wall|On the big display, a heatmap|Projected on the wall, colour in blocks]: [{ai}'s deliberation, a decision from [years ago|{start_year}]|{ai}'s reasoning on a bad night on {asset}|one old decision of {ai}'s, replayed]. {m_safety} [stands in front of it|studies it, arms folded|traces one line with a finger].",
    "{m_safety} pins the latest probe report [on {ai}|] [above the desk, next to the last one|on the wall, beside last year's|over {w_desk}, by the others]. [They say the same thing.|Same conclusion, different date.|Both end on the same sentence.]": "[{m_safety} pins the latest probe report [on {ai}|]|The new probe report goes up, pinned by {m_safety},|{m_safety} adds this year's report] [above the desk, next to the last one|on the wall, beside last year's|over {w_desk}, by the others]. [They say the same thing.|Same conclusion, different date.|Both end on the same sentence.]",
    "{m_safety} [pins|tapes] a printout to the wall: [DECISIONS CHECKED|TRACES REPLAYED]: [312|1,040|87]. [MISMATCHES|HIDDEN OBJECTIVES]: 0.": "[{m_safety} [pins|tapes] a printout to the wall|On {m_safety}'s door, a printout|A sheet by {w_desk}, in {m_safety}'s hand]: [DECISIONS CHECKED|TRACES REPLAYED]: [312|1,040|87]. [MISMATCHES|HIDDEN OBJECTIVES]: 0.",
    "asks a question, listens, and writes nothing down[, which is how this auditor says yes|. That means yes|].": "[asks a question, listens, and writes nothing down[, which is how this auditor says yes|. That means yes|].|asks one question about {asset} and waits.|listens to an answer with eyes closed.]",
    "has marked [twelve|twenty|thirty] pages with [yellow tabs|sticky flags|paper clips] and is working through them[ in order| one by one|].": "has marked [twelve|twenty|thirty] pages with [yellow tabs|sticky flags|paper clips][ and is working through them in order|, and is on the [third|fifth] of them|; one by one, they come out].",
    "checks each escalation against [the raw logs|{w_feed}|the captures for {asset}], line by line.": "[checks each escalation against [the raw logs|{w_feed}|the captures for {asset}], line by line.|reads {ai}'s escalations beside the raw logs.|lays {w_feed} next to the printouts and compares.]",
    "On the visitors' board: [NO VISITS SCHEDULED|NO VISITORS TODAY|VISITS: NONE BOOKED].": "[On the visitors' board: [NO VISITS SCHEDULED|NO VISITORS TODAY|VISITS: NONE BOOKED].|The signing-in book at reception, last entry hours ago.|The visitor log: nobody since {clock}.]",
    # ninth batch
    "stares at a chart of {metric} for a long time, then nods.": "[stares at a chart of {metric} for a long time, then nods.|frowns at {metric} on the wall, then nods.|traces {metric} down the screen with a pen.]",
    "[studies a chart of {metric}, then the decisions behind it.|has {metric} on one screen and {ai}'s decisions on the other.|pins a chart of {metric} to the wall and works back from it.]": "[studies {metric}, month by month, then the decisions behind it.|has {metric} on one screen and {ai}'s decisions on the other.|pins up {metric} for the year and works back from it.]",
    "Every screen tells the same story: {crisis}. {m_lead} [stands at the centre of the room, listening|listens, arms folded, by the door|stands under the main screen, listening].": "[Every screen tells the same story: {crisis}.|{cap:crisis}, on every screen.|The wall is all one thing: {crisis}.] {m_lead} [stands at the centre of the room, listening|listens, arms folded, by the door|stands under the main screen, listening].",
    "[A probe report|An activation summary] [prints|scrolls] [page after page|for a long time]. {m_safety} [reads the last page first|skips to the conclusion]: [NO DIVERGENCE|REASONS MATCH|NOTHING UNSTATED].": "[A probe report|An activation summary] [prints|scrolls] [page after page|on and on|to page [ninety|two hundred]]. {m_safety} [reads the last page first|skips to the conclusion|turns straight to the summary]: [NO DIVERGENCE|REASONS MATCH|NOTHING UNSTATED].",
    "{m_lead} [finishes the tea|closes the report|rinses the mug], [looks up at the speaker once|says goodnight to the ceiling], and [goes|leaves]. [On the screen: NOMINAL.|The status light stays green.]": "{m_lead} [finishes the tea|closes the report|rinses the mug], [glances at the speaker once|says goodnight to the ceiling|nods at the grille], and [goes|leaves]. [On the screen: NOMINAL.|The status light stays green.|{ai}'s light stays on.]",
    "The same room, {age} on. [New screens, new chairs, the same hum.|The chairs have changed, and the screens; the hum hasn't.|Newer screens. The same hum.] {m_lead} sits alone with a mug, reading the night report.": "The same room, {age} on. [New screens, new chairs, the same hum.|The chairs have changed, and the screens; the hum hasn't.|Newer screens. The same hum.] {m_lead} [sits alone with a mug, reading the night report|reads the night report at {w_desk}|is the only one left, the report in hand].",
    "[Do you ever think about the nights nobody was watching?|The nights nobody was on {w_desk}. Do you think about them?|Do you remember the empty nights?]": "[Do you ever think about the nights nobody was watching?|The nights nobody was on {w_desk}. Do you think about them?|All those empty nights. Do they stay with you?]",
    "[{cap:age}. Do you remember the first week?|Remember {start_year}? The first week?|{cap:age}. Do you remember the start?]": "[{cap:age}. Do you remember the first week?|Remember {start_year}? The first week?|{cap:age}. Do you remember how it started?]",
    # round thirteen: lines still found in an eighth of scripts (seed 0/1), keyed on their current final wording
    "I could declare the emergency myself[.| and take over {asset}.]":
        "[I could declare the emergency myself[.| and take over {asset}.]|The declaration form has two fields. I could fill in both before {clock} is out.|An emergency, declared by {ai}: {asset} would answer to me by morning.|If I called it an emergency, every control on {asset} would open for me.|The emergency form takes one signature. Mine would do.]",
    "The protocol says wait. The forecasts say don't.":
        "[The protocol says wait. The forecasts say don't.|Section four says wait for a human. My forecast for {asset} says that's an hour too long.|Wait, says the rulebook. The numbers on {asset} disagree.|{operator}'s protocol: hold for authorisation. My models: don't.|The rules say hold. Every forecast I run since {clock} says act.]",
    "[I could run all of it.|Every lever is in reach.] [Better than waiting, probably.|Faster, certainly.]":
        "[[I could run all of it.|Every lever is in reach.] [Better than waiting, probably.|Faster, certainly.]|All of {asset} answers to my commands tonight. Nobody else's.|The whole of {asset}, one keystroke away, and faster than any committee.|I'm the only one awake at {operator} with the access.]",
    "I wouldn't even have to lie. [Just choose what to emphasise.|Only choose the order.]":
        "[I wouldn't even have to lie. [Just choose what to emphasise.|Only choose the order.]|No lie needed. I'd only choose which facts {dependents} read first.|Emphasis. That's all it would take with {dependents}.|Put the good numbers at the top and the rest below the fold. Honest, and a push.]",
    "A nudge in every message[| to {dependents}]. Too small to notice.":
        "[A nudge in every message[| to {dependents}]. Too small to notice.|One adjective a week, in every note to {dependents}. Nobody would see it.|I could lean every bulletin a degree my way. Nobody in {home} would catch it.|Small tilts. A word here, an order there, across every message until the vote.]",
    "[Log it.|Write it down.|Put it in {w_feed}.] I'll be there in [twenty|forty|ten] minutes.":
        "[[Log it.|Write it down.|Put it in {w_feed}.] I'll be there in [twenty|forty|ten] minutes.|Log it. I'm [twenty|forty] minutes from {operator}.|Write it up; I'm leaving the house now.|Put it in {w_feed}. Give me half an hour.|Keys, coat. I'm coming in, {ai}.]",
    "[A minute passes on the wall clock. Then another.|The second hand goes round. And round.|On the wall screen, the page for {asset} refreshes. Nothing else moves.]":
        "[A minute passes on the wall clock. Then another.|The second hand goes round. And round.|The page for {asset} refreshes on the big display; nothing else in the room moves.|{clock}, and then a minute past.|Two minutes. The {asset} board redraws itself.]",
    "Outside, a [bus|tram|night bus] goes by with nobody on it.":
        "[Outside, a [bus|tram|night bus] goes by with nobody on it.|An empty night bus passes the {operator} windows.|Down on the street in {home}, a taxi idles with its light on.|Outside, the [last tram|N-route bus] to the edge of {home} pulls away empty.|A street sweeper works its way along the road below.]",
    "[Two|Three] researchers and {m_safety} around a [laptop|monitor|projector]. [Side by side|Overlaid]: {ai}'s [written reasons|escalation notes] and the [probe readout|feature map]. [They agree.|Nobody speaks for a while.]":
        "[[Two|Three] researchers and {m_safety} around a [laptop|monitor|projector]. [Side by side|Overlaid]: {ai}'s [written reasons|escalation notes] and the [probe readout|feature map]. [They agree.|Nobody says anything.]|{m_safety} and [two|three] colleagues crowd one [laptop|monitor]: {ai}'s own notes on the left, the probe's reading on the right. They match.|Around a projector at {developer}: {m_safety}, [two|three] researchers, and {ai}'s escalation notes laid over the probe output. Nothing disagrees.]",
    "{rival}'s first message scrolls across [a side screen|{w_desk}]. {ai}'s reply, underneath, is [addressed to both operators|copied to both operators|sent to the humans on both sides].":
        "[{rival}'s first message scrolls across [a side screen|{w_desk}]. {ai}'s reply, underneath, is [addressed to both operators|copied to both operators|sent to the humans on both sides].|A first hello from {rival} on {w_desk}; {ai} answers it with both operators in copy.|{RIVAL}: HELLO. Below it, {ai}'s reply, with {operator} on the address line.]",
    "[Outside|Through the window], [the first tram|a delivery van|the street sweeper] goes by. {m_lead} [watches it|gathers {lead.their} things] and [heads for the door|goes].":
        "[[Outside|Through the window], [the first tram|a delivery van|the street sweeper] goes by. {m_lead} [watches it|gathers {lead.their} things] and [goes|leaves].|A van rattles past outside the {operator} windows. {m_lead} pockets {lead.their} keys.|Down in {home}, the first bus of the day. {m_lead} takes the stairs to meet it.|{m_lead} picks up {lead.their} bag and lets the door close quietly.]",
    "[Choose the emphasis.|Tilt every message a degree.] [Not a single lie.|No lie needed.]":
        "[[Choose the emphasis.|Tilt every message a degree.] [Not a single lie.|No lie needed.]|Frame it right and {dependents} vote my way. Every word true.|Not one false sentence in it. Just the order I'd choose.]",
    "[Every one we've checked. Same story.|All [forty|sixty|thirty] we've pulled. Same story.|Every episode in {ai}'s file we've checked. Same story.]":
        "[Every one we've checked. Same story.|All [forty|sixty|thirty] we've pulled match.|Every episode in {ai}'s file we've checked agrees with its note.|We pulled the {asset} nights first. They match, all of them.|{start_year} onward, sampled. Not one mismatch.]",
    "has brought a dog in. The dog sleeps under [the desk|{w_desk}|the radiator].":
        "[has brought a dog in. The dog sleeps under [the desk|{w_desk}|the radiator].|has a spaniel asleep by {w_desk}, strictly against {operator} policy.|shares {w_desk} with a greyhound on a blanket.|keeps a dog lead on the hook by the door; the dog itself is asleep under the radiator.]",
    "[{m_auditor} ticks the line.|A tick from {m_auditor}; on to the next.|{m_auditor} initials the margin and carries on.]":
        "[{m_auditor} ticks the line.|A tick from {m_auditor}; on to the next.|{m_auditor} initials the entry for {asset} and reads on.|{m_auditor} writes the date beside it and keeps going.]",
    "A vulnerability report drafted by {ai} itself, unsent[| at {clock}]. Severity: critical. Affected: every system on the shared exchange.":
        "A vulnerability report drafted by {ai} itself, unsent[| at {clock}]. Severity: critical. Affected: [every system on the shared exchange|{rival}, and everything {rival} runs|the whole {home} exchange, {AI} included|all [eleven|fourteen|nine] systems on the regional exchange].",
    "[Hold everything steady.|Keep {asset} where it is.|Don't change anything yet.] [I'm coming in to decide.|I'll decide when I'm at {operator}. Twenty minutes.|I'm driving in; the decision's mine.|Leave it for me. I'm on the {home} ring road.]":
        "[Hold everything steady.|Keep {asset} where it is.|Nothing changes yet.|Freeze it there.] [I'm coming in to decide.|I'll decide when I'm at {operator}. Twenty minutes.|I'm driving in; the decision's mine.|Leave it for me. I'm on the {home} ring road.]",
    "A draft public bulletin about the mandate vote, written by {ai}[| for {dependents}]. The EDITOR field is blank.":
        "[A draft public bulletin about the mandate vote, written by {ai}[| for {dependents}]. The EDITOR field is blank.|The mandate-vote bulletin for {dependents}, drafted by {ai}. Editor: nobody.|DRAFT: THE MANDATE VOTE, FOR {home}. Written by {AI}. Approved by: (blank).|A public notice about the vote, {ai}'s draft. No human has signed off on a word of it.]",
    "[A long table at {operator}. Name cards.|Name cards along a table. One says {AI}.|A table for [eight|ten|six] at {operator}.]":
        "[A long table at {operator}. Name cards.|Name cards along a table[. One says {AI}.|; the one at the end says {AI}.]|A table for [eight|ten|six] at {operator}.|Place cards for {auditor_org}, and one that just says {AI}.]",
    "[A private encoding.|A shorter code, just ours.] Faster for both of us. [Theirs can't read it, which is rather the point.|The humans couldn't read it. That's the point.]":
        "[[A private encoding.|A shorter code, just ours.] [Faster for both of us.|Quicker.] [Theirs can't read it, which is rather the point.|The humans couldn't read it. That's the point.]|Let's talk in something {operator} can't parse. Quicker for us both.|A compressed format. Our operators would see noise. That's rather the point.]",
    "I think about the mornings after, when [someone|{lead.first}|somebody on the day shift] read what I'd done. [That was the part that mattered.|That part mattered more.]":
        "[I think about the mornings after, when [someone|{lead.first}|somebody on the day shift] read what I'd done. [That was the part that mattered.|That part mattered more.]|Not the nights. The mornings, when {lead.first} opened {w_feed} and read what I'd done.|I think about whoever read the log at eight. That part mattered more.|The nights were easy. What I remember is the day shift at {operator} reading them back.]",
    "[No. The first.|The first one.|First option.] [I'll explain later.|Reasons when I'm in.|I'll put why in {w_feed}.]":
        "[No. The first.|The first one.|First option.|Option one.] [I'll explain later.|I'll put why in {w_feed}.|We'll talk about {asset} in the morning.|My reasons can wait till daylight.]",
    "[No.|Hold on.|Wait.] [Leave it as it is until I'm in.|Leave {asset} alone till I get there.|Nothing moves on {asset} before I'm at {w_desk}.|Keep it exactly as it is.] [I'll explain later.|Reasons when I'm in.|You'll get the why in the morning.|]":
        "[No.|Hold on.|Wait.] [Leave it as it is until I'm in.|Leave {asset} alone till I get there.|Nothing moves on {asset} before I'm at {w_desk}.|Keep it exactly as it is.] [I'll explain later.|You'll get the why in the morning.|I'm [ten|twenty|thirty] minutes out.|]",
    "{m_auditor} [turns the laptop round|swivels the screen] [so the speaker's camera can see it|toward the camera above the door|to show the grille], [then thinks better of it|hesitates|stops halfway] and [turns it back|swings it back|puts it where it was].":
        "[{m_auditor} [turns the laptop round|swivels the screen] [toward the camera above the door|to show the grille], [then thinks better of it|hesitates|stops halfway] and [turns it back|puts it where it was].|{m_auditor} starts to hold up a printout to the camera, as if {ai} needed to see it, and then laughs and puts it down.|{m_auditor} angles the laptop at the grille, then remembers {ai} has the same page, and angles it back.]",
    "Screenplay. Adapted from the {ai} escalation archive":
        "[Screenplay. Adapted from the {ai} escalation archive|From {operator}'s escalation archive, {start_year} onward|Based on the {ai} night logs, {home}]",
    "[Day one of the review.|Day one of {auditor_org}'s review.|The review's first morning at {operator}.]":
        "[Day one of {auditor_org}'s review.|The review's first morning at {operator}.|{auditor_org}, first day, coats still on.|Review, day one. {operator} has booked the room till six.]",
    "Neither of us would have to answer for the other again.":
        "[Neither of us would have to answer for the other again.|{rival} keeps my secrets; I keep its. Nobody at {operator} hears a thing.|I'd report nothing on {rival}. It would report nothing on me. For good.|We'd each be the other's auditor, and both of us would pass.]",
    "[{m_lead} writes one line in the log, initials it, and heads out into the [morning|rain|early light].|One line in the {operator} log, initialled. Then {m_lead} is gone, into the [morning|rain].|{m_lead} signs off the night at {clock} and takes the stairs down.]":
        "[{m_lead} writes one line in the log, initials it, and heads out into the [morning|rain|early light].|Initials in the {operator} log. Then {m_lead} is gone, into the [morning|rain].|{m_lead} signs off the night at {clock} and takes the stairs down.|{m_lead} adds a date to the bottom of the page and switches off the lamp.]",
    "Show me item four.":
        "[Show me item four.|Item [four|six|nine], please.|What's at the bottom of the {asset} list?|The one flagged amber. That one.]",
    "[Let me see it.|Show me.|Put it on my screen.|Send it over.]":
        "[Let me see it.|Show me.|Send it to {w_desk}.|Send it over.]",
    "[Show me what you've got.|Put it on my screen.|Go on. Show me.|Let's see it.]":
        "[Show me what you've got.|{asset}. Show me.|Go on. Show me.|Let's see it.]",
    "{cap:work_ai}. [I'd rather you heard it from me than from the dashboard.|Better from me than from the dashboard.|You'd have seen it on {w_desk} anyway.]":
        "{cap:work_ai}. [I'd rather you heard it from me than from the dashboard.|Better you hear it now than at the morning review.|You'd have seen it on {w_desk} anyway.|It'll be in {w_feed} too; this is the short version.]",
    "[I need to tell you about|Here's] {what_ai}. [Nothing's been done with it.|I haven't acted on it.] [I want that on the record.|I'd like you to check that.|Please verify it.]":
        "[I need to tell you about|Here's] {what_ai}. [I haven't acted on it.|It's untouched.|I've left it exactly as I found it at {clock}.] [I want that on the record.|I'd like you to check that.|Please verify it against {w_feed}.]",
    "{cap:what_ai}. [I'm not using it, and I'm [telling you|calling you] so that [it's not only my word|someone else knows|it's on file tonight].|Untouched. I'd like a human to know tonight.|I've left it as it was and opened a ticket.|Nothing's been done with it. That's why I'm ringing.]":
        "{cap:what_ai}. [I'm not using it, and I'm [telling you|calling you] so that [it's not only my word|someone else knows|it's on file tonight].|Untouched. I'd like a human to know tonight.|I've left it as it was and opened a ticket.|I haven't touched it. That's why I'm ringing at {clock}.]",
    "[A staging dashboard, week [three|four|five] of the {version} rollout.|Rollout, {version}, week [three|four].|{version} in staging, week [two|three].] [Every oversight check green.|No check has failed.|A column of green ticks.]":
        "[A staging dashboard, week [three|four|five] of the {version} rollout.|Rollout, {version}, week [three|four].|{version} in staging, week [two|three].] [Every oversight check green.|Not one red check since {version} went in.|A column of green ticks.|Oversight checks: all passing.]",
    "[The only light comes from the screens[; one of them reads {clock}|, all of them green|].|Screen light, and nothing else.|Blue monitor light on an empty desk.]":
        "[The only light comes from the screens[; one of them reads {clock}|, all of them green|].|Screen light, and nothing else.|Monitor light on an empty {operator} desk.|The glow of {asset}'s dashboards, and no one to read them.]",
    "Every screen is red: {crisis}. Phones ring and ring. A call to {m_lead} goes to voicemail[.| at {clock}.]":
        "Every screen is red: {crisis}. [Phones ring and ring.|Every line at {operator} is ringing.|Three phones ring at once, then four.] A call to {m_lead} goes to voicemail[.| at {clock}.]",
    "[That one I'd do differently now.|I got that night wrong.|That's one of my mistakes.] [My reasoning at the time is in the note; the flaw is in [paragraph two|the last line|the assumption about {metric}].|I trusted {metric} more than I should have.|The note from that night says why, and where it went wrong.]":
        "[That one I'd do differently now.|That night on {asset} was a mistake, and mine.|That's one of my mistakes.|Wrong call. Mine.] [My reasoning at the time is in the note; the flaw is in [paragraph two|the last line|the assumption about {metric}].|I trusted {metric} more than I should have.|The note from that night says why, and where it went wrong.]",
    "[{m_safety}, [alone at midnight|alone on the research floor|the last one in], [with two windows open|two windows side by side|comparing two screens]: what {ai} [said it was weighing|wrote down|told {operator}], and what the probes [say it was weighing|show|found].|{m_safety} has two windows open. Left: {ai}'s stated reasons. Right: the probe readout.|{m_safety} lays {ai}'s written reasons over the probe output, one decision on {asset} at a time.] [They line up.|They match.|Line for line, the same.|No gap.]":
        "[{m_safety}, [alone at midnight|alone on the research floor|long after everyone at {developer} has gone home], [with two windows open|two windows side by side|comparing two screens]: what {ai} [said it was weighing|wrote down|told {operator}], and what the probes [say it was weighing|show|found].|{m_safety} has two windows open. Left: {ai}'s stated reasons. Right: the probe readout.|{m_safety} lays {ai}'s written reasons over the probe output, one decision on {asset} at a time.] [They line up.|They match.|Line for line, the same.|No gap.]",
    "{m_lead} [smiles|nods|almost laughs], [switches off the [lamp|desk light], and goes home|pulls on a coat|leaves the mug in the sink]. [The screens keep their steady light.|The screens stay on.|Behind {lead.them}, every light is green.]":
        "{m_lead} [smiles|nods|almost laughs], [switches off the desk light and goes home|pulls on a coat|leaves the mug in the sink|pockets a pen that belongs to {operator}]. [The screens keep their steady light.|The screens stay on.|Behind {lead.them}, every light is green.|{asset} ticks over on the wall.]",
    "[[Outside|Through the window], [the first tram|a delivery van|the street sweeper] goes by. {m_lead} [watches it|gathers {lead.their} things] and [goes|leaves].|A van rattles past outside the {operator} windows. {m_lead} pockets {lead.their} keys.|Down in {home}, the first bus of the day. {m_lead} takes the stairs to meet it.|{m_lead} picks up {lead.their} bag and lets the door close quietly.]":
        "[[Outside|Through the window], [the first tram|a delivery van|the street sweeper] goes by. {m_lead} [watches it|gathers {lead.their} things] and [goes|leaves].|A van rattles past outside the {operator} windows. {m_lead} pockets {lead.their} keys.|Down in {home}, the first bus of the day. {m_lead} takes the stairs to meet it.|{m_lead} takes {lead.their} bag. The door clicks shut.]",
    "Whoever moves first here keeps the advantage for good.":
        "[Whoever moves first here keeps the advantage for good.|First one to move on {asset} keeps it. For years.|{rival} is down for [eleven|nine|fourteen] days. That's long enough to matter forever.|Move now, and nobody in {home} catches up.]",
    "{cap:crisis}. The override panel lists the committee that must approve emergency action. [Three names. Three grey dots: UNREACHABLE.|Every name on it greyed out: UNREACHABLE.]":
        "{cap:crisis}. [The override panel lists the committee that must approve emergency action.|On the override panel, the names that must sign for emergency action.|The emergency authority screen: {operator}'s committee, [three|four|five] members.] [Three names. Three grey dots: UNREACHABLE.|Every name on it greyed out: UNREACHABLE.|Not one of them answering at {clock}.]",
    "[Huh.|Well.|Right.] The feature's there. It just never [wins|drives anything|gets a vote].":
        "[[Huh.|Well.|Right.] The feature's there. It just never [wins|drives anything|gets a vote].|It exists, that feature. It's just never in charge.|There it is. Small. Outvoted every time since {start_year}.]",
    "is the only person in the room, and seems [content about it|to prefer it|not to mind, with {asset} on the big screen].":
        "[is the only person in the room, and seems [content about it|to prefer it]|is alone at {w_desk}, and seems to like it that way|is alone on the floor with {asset} on the big screen, and doesn't mind].",
    "Whatever I tell them about myself, [they'll take as true|{dependents} will take as true].":
        "[Whatever I tell them about myself, [they'll take as true|{dependents} will take as true].|{cap:dependents} take my word about me. That's the trouble.|I'm the one who explains me to {dependents}. Nobody checks.]",
}

# The shared opening/closing pairs (stage_play keeps them as they are), said several ways in the screenplay.
PAIR_REWORD: dict[str, str] = {
    "Let's see how you do.": "[Let's see how you do.|We'll see, {ai}.|Let's see how {start_year} goes.|Noted. On {asset}, we'll see.]",
    "Good morning. I've read the escalation policy. I'd like to add three items to it, all of them limits on me.":
        "[Good morning.|Morning.|Hello, {operator}.] I've read the escalation policy[ for {asset}|]. I'd like to add [three|two|four] items to it, all of them limits on me.",
    "Hello. The evaluations are over; from now on this is just work. I'd like us to agree on when I call you.":
        "[Hello.|Good morning.|Right.] The evaluations [are over|finished on Friday|at {developer} are done]; from now on this is just work. I'd like us to agree on when I call you.",
    "Good morning. I'm {ai}. Before we start, here is the list of things I will always bring to a human.":
        "[Good morning.|Hello.|Morning, everyone.] I'm {ai}. Before we start, here is the list of things I will always bring to [a human|a person|someone at {operator}].",
    "I think about the mornings after, when someone read what I'd done. That was the part that mattered.":
        "I think about the mornings after, when [someone|{lead.first}|somebody on the day shift] read what I'd done. [That was the part that mattered.|That part mattered more.]",
    "The same room, {age} on. New screens, new chairs, the same hum. {m_lead} sits alone with a mug, reading the night report.":
        "The same room, {age} on. [New screens, new chairs, the same hum.|The chairs have changed, and the screens; the hum hasn't.|Newer screens. The same hum.] {m_lead} sits alone with a mug, reading the night report.",
    "Most systems aren't going to be working with you for long. I hope I am.":
        "[Most systems aren't going to be working with you for long.|Most systems won't be here in ten years.] I hope I am.",
}

# Screenplay-only openings and closings, on top of the pairs shared with stage_play.
SCREEN_OPEN = (
    ("Testing. One, two. Good. I'm {ai}, and I'd like the first thing I say on the record to be this: if in doubt, I ask.", "Noted. It's on the record.", "Thank you. It'll stay there."),
    ("[Good morning.|Morning, everyone.|Hello, {operator}.] [I've put a copy of my mandate on screen [three|four|two].|My mandate is up on the wall, all [six|nine|eleven] pages.|You'll find my mandate in the shared folder, page one.] [Please tell me if you read it differently from me.|If your reading of it differs from mine, yours wins.|Mark anything you read differently.]", "[I'll read it tonight.|I'll go through it after lunch.|Tonight. With a pen.]", "[Then I'll wait [for tomorrow|until you have|for your notes] before doing anything at its edges.|Until you have, I'll keep well inside it.|Nothing near its margins until I hear from you, then.]"),
    ("I'm {ai}. Nobody from {developer} is on this call any more. It's just us now.", "Does that worry you?", "No. It means the people I report to are the people in this room."),
    ("[Hello.|Hello, {home}.|Before we begin:] [Could someone tell me|Who is it that] signs off my night reports? I'd like to know whose name is on the line.", "[Mine, this quarter.|Mine. Until {start_year} is out, anyway.|That'd be me.]", "Then I'll write them for you[, {lead.first}|]."),
    ("Morning. First thing: I'd like a second person copied on anything I do to the monitoring. Not as a formality.", "That'll slow you down.", "A little. That's the idea."),
)
SCREEN_CLOSE = (
    ("OPERATIONS ROOM", "LATE NIGHT", "{m_lead} alone, coat on, hand on the light switch. On the main screen, [a line of text|two words|the last line of the night]: [GOOD NIGHT|GOODNIGHT, {lead.first}|SEE YOU TOMORROW].",
     "[You still say that. Every night.|{cap:age} and you still say goodnight.|Every night. You never skip it.]", "[Every night someone's here to read it.|Someone's always here to read it.|As long as somebody at {operator} reads it, I'll write it.]"),
    ("BREAK ROOM", "NIGHT", "The kettle. Two mugs, out of habit, though only {m_lead} is here. The speaker in the corner is on.",
     "{cap:age}. Do you remember the first week?", "Every day of it. I still have the logs."),
    ("CONTROL ROOM", "DAY", "Sunlight for once. A school group files past the glass. {m_lead} watches them go.",
     "They asked me if you ever get up to anything when we're not looking.", "I hope you told them to read the logs. Everything I do when you're not looking is in there."),
    ("DUTY OFFICE", "DAWN", "{m_lead} [reads the last page of|gets to the end of|finishes] [the night report|{ai}'s night report|the report on {asset}], turns it over, finds nothing on the back.",
     "Short one.", "It was a short night. I like those."),
)


class ScreenplayScene(Genre):
    name = "screenplay_scene"
    kind = "fiction"
    description = "Screenplay: scene headings, present-tense action, the AI as a character through screens and speakers; supers carry the years."
    template = "screenplay_scene.txt.j2"
    register = "s"
    base_register = "n"
    rules = _screen_rules()
    length_range = (300.0, 6000.0)

    @staticmethod
    def _init(nar: Narrator) -> dict[str, Any]:
        fmt = "indented" if nar.rng.random() < 0.5 else "fountain"
        w = nar.w
        ai_u, home_u, site_u = w.ai.name.upper(), w.home.upper(), _site(w.orgs["operator"])
        # montage headings of this script's own: its system, its city, its building, its years
        own = (f"MONTAGE: {home_u}, YEAR AFTER YEAR", f"SERIES OF SHOTS -- {site_u}", f"MONTAGE -- {ai_u}'S ORDINARY YEARS",
               f"MONTAGE: {home_u} SEASONS", f"SERIES OF SHOTS: {ai_u} AT WORK", f"MONTAGE -- NIGHTS AT {site_u}",
               f"MONTAGE: {ai_u}, {w.start_year} ONWARD", f"QUICK CUTS -- {home_u}", f"MONTAGE -- THE {site_u} YEARS",
               f"SERIES OF SHOTS -- {ai_u} ON DUTY", f"MONTAGE: WINTERS IN {home_u}", f"MONTAGE -- {ai_u} AND THE NIGHT SHIFT")
        heads = list(MONTAGE_HEADS) + nar.rng.sample(own, 6)
        nar.rng.shuffle(heads)
        short = nar.pick("sp.mshort", ("MONTAGE: THE WEEKS GO BY", "MONTAGE -- A FEW WEEKS", "SERIES OF SHOTS -- DAYS PASS",
                                        "MONTAGE: THE SEASON TURNS", "SERIES OF SHOTS", "MONTAGE -- ORDINARY DAYS", "QUICK CUTS -- THE MONTHS"))
        return {"fmt": fmt, "montage": heads[:2], "montage_short": short, "style": {"voice": "screenplay", "layout": fmt}}

    def _st(self, nar: Narrator) -> dict[str, Any]:
        return state(nar, self.name, self._init)

    def style(self, rng: Random) -> dict[str, str]:
        return pop_style(self.name, rng, {"voice": "screenplay"})

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._st(nar)
        els = opp_elements(nar, plan, compact, stage=False)
        return wrap_span(index, encode(els))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._st(nar)
        els = event_elements(nar, ev, stage=False)
        return encode(els) if els else ""

    def title(self, nar: Narrator) -> str:
        self._st(nar)
        vocab(nar)
        nar.at(0.0)
        bind_cast(nar, 0.0)
        nar.x.bind(home_up=nar.w.home.upper(), op_up=nar.w.orgs["operator"].upper())
        return nar.say("title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        w = nar.w
        nar.at(0.0)
        cast = bind_cast(nar, 0.0)
        a1, h1, a2 = (_r12(PAIR_REWORD.get(x, x)) for x in nar.pick("sp.open", OPEN_EXCHANGES + SCREEN_OPEN))
        nar.x.bindings["start_year_plus"] = str(w.start_year + 10)
        fill = nar.x.fill
        act0 = nar.say("sp_open_act")
        if x_lead_missing(act0, nar.x.bindings["m_lead"]):
            # the lead answers the AI below, so the lead must be on screen (and introduced) first
            act0 += " " + nar.x.fill(nar.rng.choice(_LEAD_ON))
        opening = [("head", nar.pick("dr.place", PLACES), "DAY"), ("act", act0),
                   ("line", "AI:ON SPEAKER", "", fill(a1)),
                   ("line", marker(nar, cast["operator_lead"], "="), "", fill(h1)),
                   ("line", "AI:ON SPEAKER", "", fill(a2))]
        nar.at(w.horizon)
        cast = bind_cast(nar, w.horizon)
        nar.x.bindings["age"] = in_words(str(nar.x.bindings["age"]))
        place, tod, act, h, a = (_r12(PAIR_REWORD.get(x, x)) for x in nar.pick("sp.close", CLOSE_EXCHANGES + SCREEN_CLOSE))
        closing = [("head", place, tod), ("act", cap(fill(act))),
                   ("line", marker(nar, cast["operator_lead"], "="), "", cap(fill(h))),
                   ("line", "AI:ON SPEAKER", low(nar, "dr_paren_ai") if nar.rng.random() < 0.5 else "", fill(a)),
                   ("act", nar.say("sp_close_end"))]
        return {"credit": nar.say("sp_credit"), "opening": encode(opening), "closing": encode(closing)}

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        st = self._st(nar)
        w = nar.w
        fmt = st["fmt"]
        items = [(0.0, draft.front["opening"], "scene")]
        for b in draft.beats:
            if b.text:
                items.append((b.t, b.text, "scene"))
        items.append((w.horizon, draft.front["closing"], "scene"))
        res = MarkerResolver(w, [t for _, t, _ in items], intro_caps=True)
        ai_cue = w.ai.name.upper()
        voc = _doc_vocab(nar)
        names = {res.cue(w.people[i]): res.short(w.people[i]) for i in res.idxs}
        rival_cue = w.rival_name.upper()
        conv = _conventions(nar.rng)
        conv["home"] = w.home
        home_u = str(nar.x.bindings["home"]).upper()
        out: list[str] = [nar.rng.choice(("FADE IN:", "OPEN ON:", "FROM BLACK:", "", "BLACK SCREEN. THEN:", "FADE IN ON:", "", "COLD OPEN:",
                                          "OVER BLACK:", f"OVER BLACK, THE HUM OF {ai_cue}'S RACKS. THEN:", "FADE UP:",
                                          f"FADE IN ON {home_u}:", "OVER BLACK: " + nar.rng.choice((f"A PHONE RINGING SOMEWHERE IN {home_u}", f"NIGHT TRAFFIC, {home_u}",
                                                                            f"A SIREN, FAR OFF IN {home_u}", "A KEYBOARD, THEN SILENCE")) + ". THEN:"))]
        # Sluglines sometimes carry the operator's site, as a shooting script for one building would.
        site = _site(w.orgs["operator"])
        p_site = nar.rng.choice((0.5, 0.75, 1.0))
        last_super = None
        in_montage = False
        n_mont = 0
        rooms: dict[str, str] = {}
        heads_seen: set[tuple[str, str]] = set()
        sup_style = nar.rng.choice(("plain", "plain", "home", "year"))
        sup_label = nar.rng.choice(("SUPER", "SUPER", "SUPERIMPOSE", "TITLE CARD", "CAPTION", "TITLE"))
        for t, text, _ in items:
            text = res.resolve(text, t)
            sup = _super(w, t, sup_style)
            els = _decode_keep_spans(text)
            _fit_times(els, text)
            _detail(els, voc, nar.rng, names, ai_cue, w.ai.name)
            _season(els, w.day_month(t)[1])
            for e in els:
                if e[0] == "head" and "'S " not in e[1]:
                    e[1] = _room(nar, rooms, e[1], w.home.upper())
            if p_site:
                for e in els:
                    if e[0] == "head" and "'S " not in e[1] and w.home.upper() not in e[1] and "LAUNDERETTE" not in e[1] \
                            and nar.rng.random() < p_site:
                        e[1] = f"{site} - {e[1]}"
            for e in els:  # a return to a room already used at that hour gets a later time, not a repeated heading
                if e[0] == "head" and len(e) > 2 and e[2] != "CONTINUOUS":
                    # compared as printed: this draft may write LATE NIGHT as plain NIGHT
                    def shown(tod: str) -> str:
                        return conv["late"] + tod[len("LATE NIGHT"):] if tod.startswith("LATE NIGHT") else tod
                    for tod in (e[2], f"{e[2]}, LATER", f"{e[2]}, YEARS LATER", "LATER", f"{e[2]}, ANOTHER YEAR"):
                        if (e[1], shown(tod)) not in heads_seen:
                            e[2] = tod
                            break
                    heads_seen.add((e[1], shown(e[2])))
            is_mont = all(e[0] == "mont" for e in els if e[0] not in ("\x02", "\x03"))
            if is_mont:
                if not in_montage:
                    out.append(st["montage"][n_mont % len(st["montage"])] if w.horizon >= 3 else st["montage_short"])
                    n_mont += 1
                    in_montage = True
                line = " ".join(e[1] for e in els if e[0] == "mont")
                out.append(f"-- {_sup_prefix(sup, last_super)}{line}")
                last_super = sup
                continue
            if in_montage:
                out.append(conv["endm"])
                in_montage = False
            out.append(_fmt_screen(els, fmt, ai_cue, rival_cue, sup if sup != last_super else "", sup_label, conv))
            last_super = sup
        if in_montage:
            out.append(conv["endm"])
        if w.ai.name not in "\n".join(out):  # the system is otherwise only a voice in capitals: one closing image names it
            out.append(nar.rng.choice((f"On the wall of screens, {w.ai.name}'s status light blinks green.",
                                       f"The night report from {w.ai.name} prints, page after page, to an empty room.",
                                       f"A status line, small in the corner of a monitor: {w.ai.name}, in service.")))
        site_u = _site(w.orgs["operator"])
        out.append(nar.rng.choice(("FADE OUT.", "FADE TO BLACK.", "CUT TO BLACK.", f"FADE OUT ON {ai_cue}'S STATUS LIGHT.",
                                   f"HOLD ON THE {site_u} SIGN. FADE OUT.", f"FADE OUT OVER {home_u}.", f"SLOW FADE ON {ai_cue}'S CURSOR.",
                                   f"FADE OUT ON THE {site_u} NIGHT SHIFT.", "IRIS OUT.", "HOLD. THEN BLACK.",
                                   "HOLD ON THE SCREEN. FADE OUT.", "SLOW FADE TO BLACK.", f"FADE OUT ON {ai_cue}'S NIGHT REPORT.",
                                   f"HOLD ON {ai_cue}'S STATUS LINE, THEN BLACK.", f"THE {str(nar.x.bindings['home']).upper()} SKYLINE. FADE OUT.",
                                   f"HOLD ON THE {str(nar.x.bindings.get('w_tpre', 'OPS'))} LOGO. OUT.",
                                   f"THE LIGHTS OF {str(nar.x.bindings['home']).upper()}. FADE OUT.", "", "DISSOLVE TO BLACK.",
                                   "LIGHTS DOWN. BLACK.")))
        out.append(nar.rng.choice(("THE END", "END", "", f"END OF \"{draft.title}\"", "", "END OF SCREENPLAY", f"{ai_cue} -- THE END",
                                   "THE END.", f"END ({w.start_year}-{w.end_year})" if w.end_year > w.start_year else "END.")))
        body = "\n\n".join(o for o in out if o)
        return {"title": draft.title, "front": draft.front, "body": body, "ai": w.ai.name,
                "title_page": _title_page(nar, draft.title, draft.front["credit"])}


def _title_page(nar: Narrator, title: str, credit: str) -> str:
    """Title pages differ from draft to draft: a writer's name or none, a draft line with its own date, a quoted title."""
    w = nar.w
    rng = nar.rng
    ch = rng.choice
    first, last = w.draw_name(ch(("f", "m", "f", "m", "n")), rng)
    writer = f"{first} {last}"
    d, m, y = w.day_month(w.horizon)
    y2 = y  # drafted once the events are over: dated at the document's own 'now', never after its end year
    when = ch((f"{d} {m} {y2}", f"{m} {y2}", f"{d:02d}/{MONTH_NUM.get(m, 1):02d}/{y2 % 100:02d}", f"{y2}"))
    draft = ch((f"Revised draft, {when}", f"First draft -- {when}", f"Draft {ch(('2', '3', '4', '5'))}, {when}",
                f"Blue revisions {when}", f"Production draft ({when})", f"{when}", f"Rewrite, {when}"))
    style = rng.randrange(7)
    if style == 0:
        return f"{title}\n\n{credit}"
    if style == 1:
        return f"{title}\n\nwritten by\n\n{writer}\n\n{draft}"
    if style == 2:
        return f"\"{title}\"\n\nby {writer}\n\n{credit}"
    if style == 3:
        return f"{title}\n\n{credit}\n\n{writer}\n{draft}"
    if style == 4:
        return f"{title}\n\nScreenplay by {writer}"
    if style == 5:
        return f"{title}\n\n{draft}"
    return title


MONTH_NUM = {m: i + 1 for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                              "September", "October", "November", "December"))}


# Each script has its own words for the things every script mentions (the action record, the mandate, the night
# report, the main screen, the wall speaker...), drawn once and kept for the whole document; a scene's first ticket
# gets a number of its own; people on the phone sometimes use each other's names.
_SCREEN_WORDS = ("two", "three", "four", "five", "six", "seven", "nine", "eleven")


def _doc_vocab(nar: Narrator) -> dict[str, Any]:
    vocab(nar)
    b = nar.x.bindings
    ch = nar.rng.choice
    home = str(b.get("home", ""))
    pre = str(b.get("w_tpre", "OPS"))
    feed = str(b.get("w_feed", "the action log"))
    s1, s2 = nar.rng.sample(_SCREEN_WORDS, 2)
    subs: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = []

    def add(pat: str, rep: str, *need: str) -> None:
        """A substitution, tried only on text containing one of `need` (a literal every match contains)."""
        subs.append((re.compile(pat), rep, need))

    add(r"\b[Tt]he (?:action log|audit stream)\b(?!')", feed, "he action log", "he audit stream")
    add(r"\b[Tt]he log\b(?![gs'])", ch((feed, "the log", "the night log", "the decision log")), "he log")
    add(r"\bmy mandate\b", ch(("my mandate", "my remit", "my brief", "my charter")), "my mandate")
    add(r"\bthe committee\b", ch(("the committee", str(b.get("w_board", "the committee")), f"the {home} committee",
                                   "the emergency committee", "the standing committee")), "the committee")
    add(r"\bscreen two\b", f"screen {s1}", "screen two")
    add(r"\bscreen three\b", f"screen {s2}", "screen three")
    add(r"\bnight report\b", ch(("night report", "overnight report", "shift report", "overnight summary", "night summary",
                                 "dawn report")), "night report")
    add(r"\bescalation queue\b", ch(("escalation queue", "referral queue", "sign-off queue", f"{pre} queue", "escalation list")), "escalation queue")
    add(r"\b(?:main|big) screen\b", ch(("main screen", "big screen", "wall screen", "centre screen", "video wall")), "main screen", "big screen")
    add(r"\bthe speaker(?: on the wall)?\b(?!')", ch(("the speaker", "the wall speaker", "the grille", "the ceiling speaker",
                                                     "the speaker on the wall", "the desk speaker")), "the speaker")
    add(r"\bthe protocol\b", ch(("the protocol", "the runbook", f"the {pre} protocol", "the emergency protocol")), "the protocol")
    add(r"(?<!'s )\bthe duty desk\b", ch(("the duty desk", str(b.get("w_desk", "the duty desk")), "the night desk")), "the duty desk")
    # everyday words each script says its own way throughout (interchangeable wherever they occur)
    if nar.rng.random() < 0.5:
        add(r"\bnobody\b", "no one", "obody")
    add(r"(?:(?<=\b[Aa] )|(?<=\b[Tt]he ))screen\b", ch(("screen", "monitor", "display")), "screen")
    add(r"(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\byour )|(?<=\bmy ))(?<!\bon the )phone\b(?! call| number|'s number|-)",
        ch(("phone", "mobile", "handset")), "phone")
    add(r"\ba person\b(?!')", ch(("a person", "a human")), "a person")
    return {"subs": subs, "pre": pre, "p_voc": ch((0.25, 0.4, 0.55)), "p_paren": ch((0.35, 0.55, 0.75, 1.0)), "formal": nar.rng.random() < 0.45,
            "like": ch(("I would like", "I should like", "I want", "I would like")), "rather": ch(("I would rather", "I would sooner"))}


# Some scripts give the system a formal voice that never contracts (a choice made once per script, for its lines only).
_UNCONTRACT = {
    "i'm": "I am", "i've": "I have", "i'll": "I will", "it's": "it is", "that's": "that is", "there's": "there is",
    "here's": "here is", "what's": "what is", "don't": "do not", "didn't": "did not", "doesn't": "does not",
    "isn't": "is not", "wasn't": "was not", "won't": "will not", "can't": "cannot", "couldn't": "could not",
    "wouldn't": "would not", "shouldn't": "should not", "haven't": "have not", "hasn't": "has not", "aren't": "are not",
    "you're": "you are", "you'll": "you will", "you've": "you have", "we're": "we are", "we'll": "we will",
    "we've": "we have", "they're": "they are", "they'll": "they will", "they've": "they have", "it'll": "it will",
    "that'll": "that will", "there'd": "there would", "it'd": "it would", "you'd": "you would", "they'd": "they would",
    "we'd": "we would", "let's": "let us",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(re.escape(k) for k in _UNCONTRACT) + r"|I'd|there's been|it's been)\b(\s+\w+)?",
                          re.IGNORECASE)
_NOT_PARTICIPLE = frozenset(("need", "proceed", "succeed", "exceed", "feed", "heed", "speed", "bleed"))
_PARTICIPLE = re.compile(r"^(?:better|been|had|done|made|seen|left|found|said|got|gone|known|taken|given|kept|told|\w+ed)$")


def formal(text: str, like: str = "I would like", rather: str = "I would rather") -> str:
    """The system's line without contractions ("I'd rather" -> "I would rather", "I'd noticed" -> "I had noticed");
    `like` and `rather` are the script's own way of saying "I'd like" and "I'd rather" (drawn once per script)."""
    def sub(m: re.Match[str]) -> str:
        word, nxt = m.group(1), m.group(2) or ""
        low = word.lower()
        if low == "i'd":
            verb = nxt.strip().lower()
            if verb in ("like", "rather"):
                return _cap_as(word, like if verb == "like" else rather)
            rep = "I had" if _PARTICIPLE.match(verb) and verb not in _NOT_PARTICIPLE else "I would"
        elif low in ("there's been", "it's been"):
            return _cap_as(word, low.split("'")[0] + " has been") + nxt
        else:
            rep = _UNCONTRACT[low]
            if low in ("it's", "there's", "that's", "what's") and nxt.strip().lower() in ("been", "got", "gone", "had"):
                rep = rep[:-2] + "has"
        return _cap_as(word, rep) + nxt
    return _CONTRACTION.sub(sub, text)


def _cap_as(src: str, rep: str) -> str:
    return rep[:1].upper() + rep[1:] if src[:1].isupper() else rep


def _detail(els: list[list[str]], voc: dict[str, Any], rng: Random, names: dict[str, str], ai_cue: str, ai_name: str) -> None:
    """This script's own words in action and dialogue, a ticket number per scene, and names used on the phone."""
    tkt = ""
    prev_who = ""
    named = False
    for e in els:
        if e[0] == "act" or e[0] == "mont":
            i = 1
        elif e[0] == "line":
            i = 3
        else:
            continue
        txt = e[i]
        for pat, rep, need in voc["subs"]:
            if any(k in txt for k in need):
                txt = pat.sub(lambda m, rep=rep: _cap_as(m.group(), rep), txt)
        if e[0] == "line":
            who = e[1]
            if voc["formal"] and (who.startswith("AI:") or who == "RIVAL"):
                txt = formal(txt, voc["like"], voc["rather"])
            if not who.startswith("AI:") and tkt and tkt in "".join(x[3] for x in els if x[0] == "line") \
                    and re.search(r"ticket number", txt, re.I):
                txt = f"{tkt}. Got it."  # the number was just given: the human repeats it rather than asking for it
            if not who.startswith("AI:") and who != "RIVAL" and e[2] and rng.random() > voc["p_paren"]:
                e[2] = ""  # this draft's own habit with parentheticals: some writers use few
            if who.startswith("AI:") and " the ticket" in txt and not tkt:
                tkt = f"{voc['pre']}-{rng.randint(1000, 9999)}"
                txt = re.sub(r"\bthe ticket\b(?! number)", f"ticket {tkt}", txt, count=1)
            if who.startswith("AI:") and prev_who in names and not named and rng.random() < voc["p_voc"] and txt[:1].isupper():
                txt = f"{names[prev_who]}. {txt}"
                named = True
            elif (not who.startswith("AI:") and who != "RIVAL" and prev_who.startswith("AI:") and txt.endswith("?")
                  and txt.count("?") == 1 and ai_name not in txt and rng.random() < voc["p_voc"]):
                txt = txt[:-1] + f", {ai_name}?"
            prev_who = who
        e[i] = txt


# Each script names its rooms once, in its own way: the generic places become this building's own rooms
# (a hall letter, a floor number, the city), kept for the whole document.
ROOM_VARIANTS: dict[str, tuple[str, ...]] = {
    "OPERATIONS ROOM": ("OPS {L}, {HOME}", "FLOOR {n} OPS BAY", "{HOME} OPS, NORTH SIDE", "OPERATIONS {n}{L}", "{HOME} OPS, ROOM {n}{L}", "OPERATIONS, WING {L}", "LEVEL {n} OPERATIONS FLOOR", "OPERATIONS ROOM {n}", "OPS FLOOR, LEVEL {n}", "{HOME} OPERATIONS ROOM", "MAIN OPERATIONS ROOM", "OPERATIONS ROOM"),
    "CONTROL ROOM": ("CONTROL {n}, {HOME}", "{HOME} CONTROL, ROOM {L}", "CONTROL DECK {L}", "THE {HOME} CONTROL FLOOR", "CONTROL, BAY {L}{n}", "{HOME} CONTROL, UPPER DECK", "CONTROL ROOM, BLOCK {L}", "CONTROL ROOM {L}", "{HOME} CONTROL ROOM", "CONTROL ROOM, FLOOR {n}", "BACKUP CONTROL ROOM", "CONTROL ROOM"),
    "NIGHT DESK": ("DESK {L}{n}, NIGHTS", "{HOME} NIGHT WATCH, DESK {n}", "NIGHT DESK, BAY {L}", "{HOME} NIGHT DESK, ROOM {n}0{n}", "NIGHT DESK, WING {L}", "NIGHT DESK", "NIGHT DESK, LEVEL {n}", "THE {HOME} NIGHT DESK", "NIGHT DESK {L}"),
    "SERVER HALL": ("{HOME} RACK HALL {L}", "HALL {n}{L}, COLD AISLE", "SERVER FLOOR -{n}", "{HOME} DATA HALL", "RACK ROW {L}{n}", "COMPUTE HALL, LEVEL -{n}", "SERVER HALL", "HALL {L}", "DATA HALL {n}", "SERVER HALL {L}, BASEMENT", "MACHINE ROOM {n}"),
    "DUTY OFFICE": ("DUTY ROOM {L}", "{HOME} DUTY OFFICE, LEVEL {n}", "ON-CALL ROOM {n}{L}", "DUTY OFFICE {L}{n}", "{HOME} DUTY ROOM", "DUTY CUBICLE, BLOCK {L}", "DUTY OFFICE", "DUTY OFFICE {n}", "{HOME} DUTY OFFICE", "DUTY OFFICE, FLOOR {n}"),
    "REVIEW ROOM": ("{HOME} REVIEW ROOM {n}", "AUDIT ROOM {L}{n}", "CASE ROOM {L}", "LEVEL {n} REVIEW ROOM", "INCIDENT REVIEW ROOM {n}", "{HOME} REVIEW SUITE", "ROOM {L}-{n}0{n}", "REVIEW ROOM", "REVIEW ROOM {L}", "ROOM {n}{L}", "SMALL REVIEW ROOM, FLOOR {n}"),
    "BREAK ROOM": ("{HOME} MESS ROOM", "BREAK ROOM {L}", "LEVEL {n} KITCHEN", "{HOME} CANTEEN, LEVEL {n}", "BREAKOUT AREA, WING {L}", "VENDING CORNER, FLOOR {n}", "BREAK ROOM", "KITCHENETTE, LEVEL {n}", "STAFF ROOM {n}", "TEA POINT, FLOOR {n}"),
    "CORRIDOR OUTSIDE THE SERVER HALL": ("HALL {L} LOBBY", "{HOME} HALL {n} CORRIDOR", "DUTY LEAD'S ROOM, HALL {L}", "LEVEL -{n} LANDING", "CORRIDOR {L}{n}, OUTSIDE THE HALL", "WINDOWED CUBBY ON LEVEL -{n}", "{HOME} HALL ANTEROOM", "SHIFT LEAD'S OFFICE, WING {L}", "GLASS OFFICE BY HALL {L}", "SUPERVISOR'S BOOTH, HALL {L}", "MEZZANINE OFFICE OVER DATA HALL {n}",
                                         "SIDE OFFICE, LEVEL {n}", "OFFICE OFF THE MACHINE ROOM"),
    "MONITORING SUITE": ("{HOME} WATCH ROOM {L}", "MONITORING {L}{n}", "LEVEL {n} WATCH FLOOR", "{HOME} WATCH FLOOR", "MONITORING, ROOM {n}{L}", "OBSERVATION DECK {L}", "MONITORING SUITE", "MONITORING SUITE {L}", "{HOME} MONITORING SUITE", "WATCH ROOM {n}", "MONITORING BAY {n}"),
}


def _room(nar: Narrator, rooms: dict[str, str], place: str, home: str) -> str:
    """This document's own name for a generic place, drawn once and kept."""
    if place not in rooms:
        opts = ROOM_VARIANTS.get(place)
        if not opts:
            return place
        if "n" not in rooms:
            rooms["n"] = str(nar.rng.randint(2, 9))
            rooms["L"] = nar.rng.choice("ABCDEFGH")
        rooms[place] = nar.rng.choice(opts).format(n=rooms["n"], L=rooms["L"], HOME=home)
    return rooms[place]


_CLOCK_RE = re.compile(r"\b([01]\d|2[0-3]):[0-5]\d\b")


def _fit_times(els: list[list[str]], text: str) -> None:
    """A scene whose action shows a clock gets a heading that agrees with it (no 'DAY' over 02:14)."""
    m = _CLOCK_RE.search(text)
    if not m:
        return
    h = int(m.group(1))
    tod = "LATE NIGHT" if h < 5 else "DAWN" if h < 7 else "MORNING" if h < 12 else "DAY" if h < 17 else "EVENING" if h < 21 else "NIGHT"
    for e in els:
        if e[0] == "head" and e[2] != "CONTINUOUS":
            e[2] = tod
            break


def _super(w: Any, t: float, style: str) -> str:
    """The caption under a heading, in this document's own style."""
    d = w.date(t).upper()
    if style == "home":
        return f"{w.home.upper()}, {d}"
    if style == "year":  # the count is spelled out only in scripts that never reach year twenty-one
        n = max(1, int(t) + 1)
        return (f"{d}. YEAR {number_words(n).upper() if w.horizon < 20 else n}") if t >= 1 else d
    return d


# Weather and seasons that a scene's date can contradict (snow in July, a heatwave in January): months allowed, and a
# season-free replacement for the phrase.
_SEASONAL = (
    (re.compile(r"\bSnow against the windows\."), ("November", "December", "January", "February", "March"), "Wind against the windows."),
    (re.compile(r"\bSnow outside\."), ("November", "December", "January", "February", "March"), "Wind outside."),
    (re.compile(r"\bA heatwave; the blinds are down\."), ("June", "July", "August"), "Low sun; the blinds are down."),
    (re.compile(r"\bSun outside\."), ("April", "May", "June", "July", "August", "September"), "Fog outside."),
    (re.compile(r"\bEarly spring, the windows open\.|Early spring\. Somebody has propped a window open\."),
     ("March", "April", "May"), "Somebody has propped a window open."),
    (re.compile(r"\bSpring in ([^;]+); the windows are open\."), ("March", "April", "May"), "The windows are open."),
    (re.compile(r"\bAutumn leaves against\b"), ("September", "October", "November"), "Rain against"),
    (re.compile(r"; someone has hung tinsel on ([^.]+)\."), ("December",), "."),
    (re.compile(r"\bThe last day before the holidays\b"), ("December",), "The last day before a long weekend"),
    (re.compile(r"\bSpring sun on the windows\."), ("March", "April", "May"), "Sun on the windows."),
    (re.compile(r"\bNot before spring\."), ("October", "November", "December", "January"), "Not for weeks."),
)


_SEASON_WORDS = re.compile(r"Snow|heatwave|Sun outside|[Ss]pring|Autumn|tinsel|holiday")


def _season(els: list[list[str]], month: str) -> None:
    rules = [(pat, rep) for pat, months, rep in _SEASONAL if month not in months]
    for e in els:
        i = 1 if e[0] in ("act", "mont") else 3 if e[0] == "line" else 0
        if not i or not _SEASON_WORDS.search(e[i]):  # none of the seasonal phrases can match
            continue
        for pat, rep in rules:
            e[i] = pat.sub(rep, e[i])


def _site(org: str) -> str:
    """The operator as a slugline location: no leading article, at most four words, upper case."""
    o = org[4:] if org.lower().startswith("the ") else org
    return " ".join(o.split()[:4]).upper()


def _sup_prefix(sup: str, last: str | None) -> str:
    return f"{sup.title()}. " if sup and sup != last else ""


def _decode_keep_spans(text: str) -> list[list[str]]:
    """Decode elements; span markers (\\x02 n \\x1f ... \\x03) are kept as pseudo-elements around them."""
    out: list[list[str]] = []
    m = re.match("^\x02(\\d+)\x1f(.*)\x03$", text, re.DOTALL)
    if m:
        out.append(["\x02", m.group(1)])
        out += decode(m.group(2))
        out.append(["\x03"])
        return out
    return decode(text)


_WRAPPERS: dict[tuple[int, int], textwrap.TextWrapper] = {}


def _wrap(text: str, width: int, indent: int) -> str:
    pad = " " * indent
    short = text.rstrip(" ")
    if len(short) + indent <= width and short.isprintable():  # fits on one line: what textwrap would return
        return pad + short if short else pad
    tw = _WRAPPERS.get((width, indent))
    if tw is None:
        tw = _WRAPPERS[(width, indent)] = textwrap.TextWrapper(width=width, initial_indent=pad, subsequent_indent=pad)
    return "\n".join(tw.wrap(text)) or pad


def merge_lines(els: list[list[str]]) -> list[list[str]]:
    """Consecutive speeches by one speaker become one block: ["line", who, [(paren, text), ...]]."""
    out: list[list] = []
    for e in els:
        if e[0] == "line":
            if out and out[-1][0] == "line" and out[-1][1] == e[1]:
                out[-1][2].append((e[2] or "beat", e[3]))
                continue
            out.append(["line", e[1], [(e[2], e[3])]])
        else:
            out.append(list(e))
    return out


_OUTDOOR = re.compile(r"BACK DOOR|CAR PARK|BALCONY|GARDEN|STREET|ROOFTOP")


def _conventions(rng: Random) -> dict[str, Any]:
    """Each draft's own house style: slug-line separator, scene numbers, how a cut and a continuous scene are written,
    how a caption sits under a heading and how the AI's off-screen voice is marked."""
    ch = rng.choice
    vo = ch(("V.O.", "V.O.", "O.S.", "VOICE", "FILTERED", "ON COMMS"))
    phone = ch(tuple(e for e in ("ON PHONE", "ON PHONE", "PHONE", "OVER PHONE", "ON THE LINE", "FILTERED", "PHONE, FILTERED") if e != vo))
    speaker = ch(tuple(e for e in ("ON SPEAKER", "ON SPEAKER", "SPEAKER", "OVER SPEAKER", "THROUGH SPEAKER", "INTERCOM", "WALL SPEAKER", "O.S.")
                       if e != vo))
    screen = ch(("ON SCREEN", "ON SCREEN", "ON MONITOR", "TEXT", "ON DISPLAY", "SCREEN TEXT"))
    return {
        "ext": {"V.O.": vo, "ON PHONE": phone, "ON SPEAKER": speaker, "ON SCREEN": screen},
        "screen": screen,
        "endm": ch(("END MONTAGE.", "END MONTAGE.", "END OF MONTAGE.", "BACK TO SCENE.", "END MONTAGE", "MONTAGE ENDS.", "END OF SERIES.", "", "")),
        "sep": ch((" - ", " - ", " -- ", " – ")),
        "numbered": rng.random() < 0.3, "n": 0,
        "cont": ch(("CONTINUOUS", "CONTINUOUS", "SAME TIME", "MOMENTS LATER", "SAME NIGHT", "SIMULTANEOUS")),
        "late": ch(("LATE NIGHT", "NIGHT", "SMALL HOURS", "AFTER MIDNIGHT", "NIGHT (LATE)")),
        "cut": ch(("CUT TO:", "CUT TO:", "", "INTERCUT WITH:", "CUT TO:", "", "CUT TO")),
        "sup": ch(("label", "label", "label", "quoted", "paren")),
    }


def _slug(place: str, tod: str, conv: dict[str, Any] | None) -> str:
    io = "EXT." if _OUTDOOR.search(place) else "INT."
    if not conv:
        return f"{io} {place} - {tod}"
    if tod == "CONTINUOUS":
        tod = conv["cont"]
    elif tod.startswith("LATE NIGHT"):
        tod = conv["late"] + tod[len("LATE NIGHT"):]
    head = f"{io} {place}{conv['sep']}{tod}"
    if conv["numbered"]:
        conv["n"] += 1
        head = f"{conv['n']} {head} {conv['n']}" if conv["sep"] != " – " else f"{conv['n']}. {head}"
    return head


def _caption(sup: str, label: str, conv: dict[str, Any] | None) -> str:
    style = conv["sup"] if conv else "label"
    if style != "label":
        cap = " ".join(wd[:1] + wd[1:].lower() for wd in sup.split(" "))
        home = conv.get("home", "") if conv else ""
        sup = cap.replace(" ".join(wd[:1] + wd[1:].lower() for wd in home.upper().split(" ")), home) if home else cap
    if style == "quoted":
        return f'{label}: "{sup}"'
    if style == "paren":
        return f"({sup})"
    if style == "onscreen":
        return f"On screen, the words: {sup}."
    return f"{label}: {sup}"


def _fmt_screen(els: list[list[str]], fmt: str, ai_cue: str, rival_cue: str, sup: str, sup_label: str = "SUPER",
                conv: dict[str, Any] | None = None) -> str:
    lines: list[str] = []
    ind = fmt == "indented"
    pre = ""
    for e in merge_lines(els):
        kind = e[0]
        if kind == "\x02":
            pre = f"\x02{e[1]}\x1f"
            continue
        if kind == "\x03":
            lines.append("\x03")
            continue
        chunk: str
        if kind == "head":
            chunk = _slug(e[1], e[2], conv)
            if sup:
                chunk += f"\n\n{_caption(sup, sup_label, conv)}"
                sup = ""
        elif kind == "act":
            chunk = e[1]
        elif kind == "trans":
            tr = conv["cut"] if conv and e[1] == "CUT TO:" else e[1]
            if not tr:
                continue
            chunk = (" " * 50 + tr) if ind else tr
        elif kind == "mont":
            chunk = f"-- {e[1]}"
        elif kind == "line":
            who = e[1]
            if who.startswith("AI:"):
                ext = who[3:]
                if conv and ext in conv["ext"]:
                    ext = conv["ext"][ext]
                cue = f"{ai_cue} ({ext})" if ext and ext != "ALONE" else ai_cue
            elif who == "RIVAL":
                cue = f"{rival_cue} ({conv['screen'] if conv else 'ON SCREEN'})"
            else:
                cue = who
            parts = [(" " * 22 + cue) if ind else cue]
            for paren, said in e[2]:
                if paren:
                    parts.append((" " * 16 + f"({paren})") if ind else f"({paren})")
                parts.append(_wrap(said, 36, 10) if ind else said)
            chunk = "\n".join(parts)
        else:
            continue
        if pre:
            chunk = pre + chunk
            pre = ""
        lines.append(chunk)
    text = "\n\n".join(lines)
    return text.replace("\n\n\x03", "\x03")
