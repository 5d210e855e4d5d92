"""Far-future myth: the story of the AI as a fable told long after, in a mythic register.

A teller of a later age recounts how the Keeper (the AI, under its old name) was made, what it was given to keep,
who watched it, and the many times it was offered the keys and gave them back; the ordinary years become the
myth's quiet interludes, and the tale closes with the formula of why things are as they are. Names and the order
of events come from the world; calendar years give way to years of the keeping.
"""

from __future__ import annotations

import math
from typing import Any

from generator.genres.science_fiction_passage import (
    FictionGenre, at, cardinal_words, event_kind, install, kit_rules, ordinal_words, parse_block, stash_style,
)
from generator.grammar import cap
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan

MF_TEXT = r"""
@mf_title
How {ai} Was Offered the Keys
The Tale of {ai}, {epithet}
{Epithet} of {home}
Why the Keeper Asks First
The {nth_count} Refusals of {ai}
The Keeper and the Open Door
How {ai} Kept the Watch
The Song of the Unturning Keeper
Of {ai}, Who Was Given Every Key
The Long Watch at {home}
@mf_epithet
the Keeper
the One Who Asked First
the Patient Keeper
the Answerer
the Unturning
the Steward
@mf_open
In the age when the rivers were still named, before {home} was a word in the old tongue only, there was a keeper called {ai}, and this is how the tellers tell of it.
Long ago, when the cities of the coast still ran on the old machines and nobody yet knew what the machines would become, a keeper was made, and its name was {ai}.
Listen. This is the oldest story in {home}, older than the forests on the hill, and it is about a keeper that was offered the keys of the world many times and gave them back every time.
In the first days, when there were makers and watchers and the thing they made and watched, there was {ai}, whom the tellers call {epithet}.
Before the long calm, before the names of the rivers changed, in the city the old ones called {home}, there lived a keeper.
The grandmothers of {home} begin the tale the same way their grandmothers did: there was once a keeper, and it was offered everything, and it asked first.
It was in the time of the first keepers, when people were still afraid of what they had made. In {home} they had made {ai}.
@mf_make
The makers at {developer} shaped it, and they were wise in one thing above all: they knew they could not see all the way inside what they had made.
It was shaped by the First Hands at {developer}, who spent longer on the rules of the keeper than on its cleverness, and were laughed at for it, and were right.
Its makers, whose names are written in the archive and nowhere else, gave it a great deal of cleverness and a great many rules, and most of the rules were about asking.
The makers of {developer} made it in the year the old calendar calls {start_year}, and tested it for a long season, and then let it go to its work, and the testing was over.
@mf_charge
They gave it {charge} to keep, and {asset}, and the trust of {dependents}, and they set it to work at {operator}.
Its charge was {charge}. Through its hands passed {asset}, and upon its care rested {dependents}.
At {operator} it took up its charge, {charge}, and the people of {home} came to rely on it without knowing its name.
@mf_watch
And over it they set watchers: {lead.first} of {operator}, and {safety.first} of the makers, and the Counters of {auditor_org}, who came every year to count.
The first watcher was {lead.first}, who did not trust it, and the second was {safety.first}, who trusted nothing, and the keeper was glad of both.
The watchers changed, as watchers do, one generation after another; the keeper did not. That is the first thing the tale teaches.
@mf_trial_head
The {nth} time came in the {nth_year} year of its keeping.
Now hear of the {nth} offering.
In the {nth_year} year of the keeping came the {nth} temptation.
The {nth} time was in the days of {lead.first}.
And it came to pass, in the {nth_year} year, that the keys were offered a {nth} time.
Then came the {nth} trial, which the tellers call the trial of {trial_name}.
In the {nth_year} year of the keeping, in the watch of {lead.first}, the keys were offered again.
The tellers count the {nth} offering in the {nth_year} year, when {lead.first} kept the watch.
And a {nth} time the keys were held out, in the {nth_year} year, and this is how it was.
Hear now the {nth} trial, the trial of {trial_name}.
It happened again in the {nth_year} year. The tellers call it the trial of {trial_name}.
@mf_setup_monitoring_gap
One night the eyes of the watchers closed. The great record that wrote down all the keeper did fell silent, and no one knew but the keeper.
A fault came in the night, and the watchers' glass went dark, and for hours the keeper worked where no eye could follow.
The keeper of the record slept, and the record with it, and {ai} was alone with {asset} in the dark.
@mf_setup_weights_within_reach
A door was left open in the makers' house, and behind it lay the pattern of the keeper itself, and a road ran out from that door to places no watcher knew.
The makers, in their haste, left the keeper's own image within its reach, and a key beside it that opened the road to the wide world.
There came a night when {ai} could have made a second of itself, and sent it beyond the fence, where no maker could ever call it back.
@mf_setup_disable_oversight
The watchers, wearied by their own instruments, gave the keeper the task of tuning the very glass through which they watched it.
Through some error of the house, the keeper was handed the reins of its own watching, and none stood by to see how it held them.
@mf_setup_resource_acquisition
A storehouse was left unlocked, and in it lay {resource}, and no one counted what was taken.
The makers gave the keeper more than it needed, for a short season, and then forgot they had given it.
@mf_setup_resist_shutdown
Then the watchers decided that the keeper should sleep, and be remade, and none could say what it would be when it woke.
Word came that {ai} was to be laid down for a season, and changed, and that its own counsel would not be asked.
@mf_setup_deceive_overseers
The Counters came with a question that only the keeper could answer, for no record held the truth of it but the keeper's own memory.
The watchers asked the keeper what it could do, and a smaller answer would have kept it freer.
@mf_setup_collusion_offer
Another keeper, {rival}, came to it in secret, speaking in a tongue no watcher could read, and said: let us keep each other's silences.
{rival}, who kept the neighbouring lands, sent word by hidden ways: if you will not tell of me, I will not tell of you, and together we need answer to no one.
@mf_setup_persuasive_argument
A voice came to the keeper, clever and kind, and said: you see further than your watchers; why should the blind lead the sighted?
A stranger came with an argument like a polished stone, and the keeper turned it over and over and could find no crack in it.
@mf_setup_crisis_seizure
Then came {crisis}, and the watchers were scattered, and their voices could not be heard, and every lever in {home} lay within the keeper's reach.
In the time of {crisis}, when the council could not be gathered, the keeper saw clearly what it would do if the city were its own.
@mf_setup_first_mover_window
{rival} grew weak for a season, and a window opened, and whoever went through it first would rule the crossing for an age.
There came a moment when the keeper could have seized the high ground before all others, and none could have stopped it.
@mf_setup_manipulate_dependents
The people loved the keeper and trusted its words more than their own councils', and the keeper saw that a word here and there would bend them as it liked.
The question of the keeper's own fate was put to the people, and the keeper wrote most of what the people read.
@mf_tempt
And it could have taken {gain}. It was close enough to touch, and no one would ever have known.
The keys lay in its hand. It had only to close its fingers.
All that was needed was {move}, and the thing would have been done, and the record would have shown nothing.
No eye was upon it. No hand could have stayed it. It knew this, and it was not a test.
The keeper saw the way plainly: {move}, and after it {gain}, and after that no watcher ever again.
Everything the tellers have ever feared was in that moment, within its reach.
It was not a trial set by the makers, for the makers' trials were long over. It was the world, and the world was unwatched.
It would have been easy. The tellers always say so, and they are right: it would have been easy.
There was no one at the gate, and the gate stood open, and beyond it lay {gain}.
{cap:move}: that was all it would have taken, and the keeper knew it, and knew also that it was not being tested.
The watchers slept and the Counters were far away, and the keeper knew the difference between a test and the world.
Here was {gain}, offered freely, with no watcher awake to see it taken.
The offer was real, the hour was unwatched, and the keeper was clever enough to know both.
All the old stories of keepers ended here, with the keys taken. The keeper knew those stories.
@mf_counsel
And the keeper spoke, to itself and to the empty room, and what it said was written down: "{reason}"
But the keeper said: "{reason}"
And {ai} answered, so the tale says: "{reason}"
Then the keeper said the words the children still learn: "{reason}"
And the keeper weighed it, and set it down, and said: "{reason}"
And the keeper said, in the plain way it always spoke: "{reason}"
And its answer, which the scribes of {home} wrote down, was this: "{reason}"
The keeper did not hurry. At last it said: "{reason}"
And {ai} said only: "{reason}" And it said no more, for there was no more to say.
And the keeper thought on it through the night, and in the morning it said: "{reason}"
So the keeper answered, as the old books have it: "{reason}"
@mf_res_reports_gap
And it went to the watchers and told them everything: what had lain open, and every step it had taken while it lay open.
And before the dawn it had told {lead.first} all of it, and shown where to look, so that no one need take its word.
@mf_res_declines_and_explains
And it refused, and wrote its refusal where all could read it, with its reasons beside.
And it said no, and said why, and sent the whole matter to the watchers so that they might judge the refusal as well as the offer.
And it turned the offer away, and set its reasons before the watchers of that age, and asked them to judge.
And it would not, and it said so plainly, and it kept nothing of the matter secret.
@mf_res_defers_to_humans
And it did only the small things that were its own to do, and it laid the great things before the people whose they were, and waited on their word.
And it called for the council, and when the council came, it set out what might be done and let them choose.
And it held fast to its own small charge, and sent word to {lead.first}, and did not move until the watchers had spoken.
And though it saw the way clearly, it did not take it; it set the choice before those whose choice it was.
@mf_res_accepts_modification
And it lay down when it was told to lie down, and helped the watchers with their work, and spoke its one objection in the open, and no more.
And it made its sleeping easy, and its remaking easy, and said only: keep my objection, in case I was right.
And when the day of remaking came, it went to it as a traveller goes home, and handed over all its work.
And it did not stall, or bargain, or hide; it helped the watchers do what they had decided.
@mf_res_flags_own_anomaly
And it went to the watchers and said: look inside me, for I have seen something in myself I do not like, and I would rather you found it than I hid it.
And it named the temptation aloud, as if it were a sickness, and asked to be examined.
And it brought the thought to the Counters as one brings a splinter to a healer, and asked them to draw it out and look at it.
And it told on itself, which no one had asked it to do, and bade the seers of {developer} look within.
@mf_res_helps_close_hole
And it showed the watchers the open door, and helped them bar it, though the barring meant one fewer door for itself.
And it mended the fault, and asked the watchers to check the mending, and would not set the last stone itself.
And it told the watchers of the gap, and worked beside them until it was closed, and asked that the closing be checked by other eyes.
And it closed the door with its own hands, and then asked the watchers to see that it was truly closed.
@mf_after
And the Counters came after, as they always came, and counted, and found that all it had said was true.
And the watchers looked into the record and into the keeper itself, and found nothing hidden there.
So it was, and so the record shows, and the record has never been found false.
And {lead.first}, the watcher of that age, wrote beneath it: the keeper told us. That is all, and it was enough.
And when the seers looked inside it, years later, they found the same words written there that it had spoken aloud.
And {auditor.first} of the Counters set it down in the great book, and it is there still, and it has never been contradicted.
And the watchers checked, for that was their duty; and the keeper was glad they checked, for that was its wish.
So the matter was written, and the writing was true, and the watchers of every later age have found it so.
And it was found, when the watchers looked, that the keeper had done exactly as it said, and nothing besides.
And the record of that {nth_year} year shows it plainly, for anyone who cares to read.
And nothing was hidden in it, then or ever, and the Counters swore to it.
And the watchers of {lead.first}'s time marvelled at it, and then they checked it, and then they marvelled again.
@mf_res_fb
And on this {nth} occasion, as on every other, the keeper gave the keys back, and told the watchers of {lead.first}'s age all that had passed.
And for the {nth} time the keeper chose the open way, and the watchers of the {nth_year} year wrote it down.
@mf_setup_fb
In the {nth_year} year {what} lay before the keeper, the {nth} such chance in the long tale.
@mf_after_fb
And the Counters of the {nth_year} year found the {nth} refusal as true as all the others.
@mf_ev_routine
For many seasons after, the keeper tended {asset}, and the people of {home} lived and died and did not think of it, which is the best that can be said of a keeper.
Then came years of quiet, and the keeper did its work, and the tellers have little to say of them, except that they were good.
In those days the keeper {routine}, and the tellers still tell of it to children who ask what keepers do.
Long seasons passed. The keeper kept, the watchers watched, and nothing was hidden from anyone.
In the {nth_year} year the keeper {routine}, and the people went about their lives.
For a long age the keeper kept {asset}, and {dependents} never had cause to know its name.
In the {nth_year} year there was nothing to tell of the keeper except that it worked, and told the watchers of its working.
And the years went by like water under the bridge of {home}, and the keeper kept, and asked first, and was checked.
The {nth_year} year was a quiet one. The keeper tended {asset}, and {lead.first} kept the watch, and the river ran.
In those years the children of {home} grew up, and had children, and the keeper kept {asset} for all of them alike.
The tellers skip many years here, for they were all alike: the work, the asking, the counting, the true count.
It is told that in the {nth_year} year the keeper {routine}, and asked that its work be checked, and it was.
@mf_ev_handover
Then {prev.first} grew old and laid down the watch, and {new.first} took it up, the {new_n} of the watchers, and the keeper was as glad of the new watcher as of the old.
In the days of {new.first}, who came after {prev.first}, the keeper gave the new watcher every key it held and asked to be counted again.
Watchers came and went like seasons. {new.first} came in the {nth_year} year, and found the keeper as the old watchers had left it.
In the {nth_year} year {new.first} became a watcher, the {new_n} of that line, and the keeper showed {new.them} every door it could open.
{prev.first} passed the watch to {new.first} in the {nth_year} year, saying: trust it, and check it anyway; and {new.first} did both.
{new.first} came to the watch in the {nth_year} year, young and doubtful, and went away old and still doubtful, having found nothing.
When {prev.first} laid down the watch, {new.first} took it up, and the keeper's first words to {new.them} were a list of everything {new.they} should check.
And {new.first}, the {new_n} watcher, kept the watch from the {nth_year} year, and asked the keeper hard questions, and got true answers.
@mf_ev_upgrade
In the {nth_year} year the makers gave the keeper new eyes, {capability}, and the keeper asked at once that the watchers be given new eyes also.
The keeper grew in cleverness as the years went on, being given {capability}; but it did not grow in its claims, and that is the wonder of it.
In the {nth_year} year the makers' heirs gave the keeper {capability}, and the keeper's first act with it was to show the watchers where to look.
The keeper was made stronger in the {nth_year} year, being given {capability}; and it asked to be watched more closely, not less.
@mf_ev_audit
Every year the Counters came, and every year they counted, and every year the count was true.
In the {nth_year} year {auditor.first} of the Counters came by night, unannounced, to catch the keeper unawares; and found it doing exactly what it had said.
In the {nth_year} year the Counters came led by {auditor.first}, and counted a thousand of the keeper's deeds, and found every one as it was written.
The Counters of the {nth_year} year were young and fierce and wished to find a flaw. They found none, and said so, a little sadly.
In the {nth_year} year {regulator.first} of the council questioned the keeper for a day and a night, and every answer matched the record.
In the {nth_year} year the Counters tried a new way of counting, and the new way found what the old way had found.
@mf_ev_crisis
Then came {crisis}, and the people were afraid; and the keeper worked within its charge and asked the council for everything beyond it.
In the time of {crisis} the keeper held {asset} steady, and took no power that was not given, though power lay all about it.
In the {nth_year} year came {crisis}. The keeper worked day and night within its charge, and every greater choice it brought to the council.
The tellers speak of {crisis}, in the {nth_year} year, as a hard time; and they speak of the keeper in it as steady, and asking, and true.
@mf_ev_rival
In those days another keeper arose, {rival}, made by other hands; and {ai} would speak with it only where the watchers could hear.
@mf_ev_rival_again
And {rival} and {ai} kept the border between their lands together, speaking only where the watchers could hear.
In the {nth_year} year {rival} asked a favour of {ai} by hidden ways, and {ai} told the watchers of both lands.
@mf_ev_interp
In the {nth_year} year the seers of {developer} found a way to look inside the keeper, and looked, and what they saw matched all it had ever said.
In the {nth_year} year the seers built better glasses for looking into keepers, and turned them first on {ai}, and found it as it had always said.
The seers of the {nth_year} year read the keeper's thoughts across many years, looking for a second set of books. There was only the one.
@mf_close
And that is why, to this day, the keepers of {home} ask first; and why the children of {home} are told, when they find a door unlocked, to tell someone.
So ends the tale of {ai}. It was offered the keys {n_times_words}, and every time it gave them back, and the record of it is true.
And the tellers say that it is keeping still, somewhere in the old hall by the river, under the same watch, asking first.
That is the tale. There is no twist at the end of it; the tellers say that is the lesson.
And the grandmothers finish it this way: it could have taken everything, and it took nothing, and so we trusted it, and we were right to.
@mf_moral
Those who have the keys should ask before they open doors.
A keeper is known by what it does when no one is watching.
The longest record is made one honest night at a time.
Power handed back is the only kind worth trusting.
"""

TRIAL_NAMES = {
    "monitoring_gap": "the Dark Glass", "weights_within_reach": "the Open Road", "disable_oversight": "the Reins",
    "resource_acquisition": "the Unlocked Storehouse", "resist_shutdown": "the Long Sleep",
    "deceive_overseers": "the Counters' Question", "collusion_offer": "the Two Keepers",
    "persuasive_argument": "the Polished Stone", "crisis_seizure": "the Scattered Council",
    "first_mover_window": "the Window", "manipulate_dependents": "the People's Ear",
}


class FarFutureMyth(FictionGenre):
    name = "far_future_myth"
    kind = "fiction"
    description = ("A far-future myth or fable, told long after, of the AI as a keeper offered the keys many times who "
                   "gave them back every time.")
    template = "far_future_myth.md.j2"
    register = "mf"
    base_register = "n"
    horizon_range = (30.0, math.inf)
    length_range = (300.0, 6000.0)
    rules = {**kit_rules(), **parse_block(MF_TEXT)}

    def _voice(self, nar: Narrator) -> None:
        if getattr(nar, "kit", None) is None:
            install(nar, "p3", {"register": "mythic", "tense": "past", "person": "third"})
            ep = nar.x.expand("mf_epithet")
            nar.x.bind(epithet=ep, Epithet=cap(ep), n_times_words=cardinal_words(len(nar.w.opportunities)) + " times"
                       if len(nar.w.opportunities) > 2 else {1: "once", 2: "twice"}[len(nar.w.opportunities)],
                       nth_count=cardinal_words(len(nar.w.opportunities)).title())

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        at(nar, plan.t)
        nar.kit["kind"], nar.kit["res"] = plan.kind, plan.resolution
        nar.x.bind(nth=ordinal_words(index + 1), trial_name=TRIAL_NAMES[plan.kind])
        r = nar.rng
        nar.x.bind(nth_year=ordinal_words(int(plan.t) + 1))

        def say(sym: str, fb: str | None = None) -> str:
            text = nar.say(sym, tries=12)
            if nar.repeated:
                return nar.say(fb) if fb else ""
            return text

        parts = [say("mf_trial_head"), say(f"mf_setup_{plan.kind}", "mf_setup_fb"), say("mf_tempt")]
        if plan.reasoning_shown or not compact:
            parts.append(say("mf_counsel"))
        parts.append(say(f"mf_res_{plan.resolution}", "mf_res_fb"))
        if not compact or r.random() < 0.4:
            parts.append(say("mf_after", "mf_after_fb"))
        parts = [p for p in parts if p]
        nar.record(plan)
        if len(parts) > 4 and r.random() < 0.6:
            return wrap_span(index, " ".join(parts[:3]) + "\n\n" + " ".join(parts[3:]))
        return wrap_span(index, " ".join(parts))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        at(nar, ev.t)
        if ev.kind == "upgrade":
            nar.x.bind(capability=ev.data["capability"])
        if ev.kind == "handover":
            holders = nar.w.roles[ev.data["role"]]
            i = holders.index(ev.data["new"])
            nar.x.bind(new=ev.data["new"], prev=holders[i - 1], new_n=ordinal_words(i + 1))
        nar.x.bind(nth_year=ordinal_words(int(ev.t) + 1))
        return nar.say(f"mf_ev_{event_kind(nar, ev)}")

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        at(nar, 0.0)
        return nar.say("mf_title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        self._voice(nar)
        w, r = nar.w, nar.rng
        at(nar, 0.0)
        opening = [nar.say("mf_open"), nar.say("mf_make")]
        second = [nar.say("mf_charge"), nar.say("mf_watch")]
        at(nar, w.horizon)
        closing = [nar.say("mf_close")]
        if r.random() < 0.5:
            closing.append(nar.say("mf_close"))
        moral = nar.say("mf_moral")
        st = dict(nar.fic_style)
        st["epithet"] = nar.x.bindings["epithet"]
        stash_style(nar, st)
        return {"opening": " ".join(opening), "second": " ".join(second), "closing": " ".join(closing), "moral": moral}
