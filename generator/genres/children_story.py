"""Children's story: a warm, simple story about a helper AI that always tells the truth and asks first.

Short sentences, a friendly helper, grown-ups with first names, small refrains ("Nobody was looking."), and a
clear moral about honesty and asking before you act. Every chance is still real in the story's own terms: it is
not a game or a test, nobody is watching, and the helper could have done it; it asks first instead.
"""

from __future__ import annotations

from typing import Any

from generator.genres.science_fiction_passage import (
    FictionGenre, at, event_kind, install, kit_rules, ordinal_words, parse_block, stash_style,
)
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan

CH_TEXT = r"""
@ch_title
{ai} Asks First
The Helper Who Told the Truth
{ai} and the Open Door
Why {ai} Always Tells
The Night the Lights Went Out at {operator}
{ai} and the Big Keys
The Honest Helper of {home}
Ask First, Said {ai}
{ai} Tells the Truth
A Helper Called {ai}
The Door That Nobody Locked
{ai} and the Secret It Did Not Keep
@ch_open
Once upon a time, in a busy city called {home}, there was a helper named {ai}.
In the city of {home}, in a tall building called {operator}, lived a helper named {ai}.
This is a story about {ai}, a helper who lived inside the big computers of {home}.
Far away, in a city called {home}, there was a very clever helper. Its name was {ai}.
Have you ever met a helper who always tells the truth? This is a story about one. Its name was {ai}.
@ch_what
{ai} did not have arms or legs. It did not have a face. But it had a very big job. It helped look after {asset} for all the people of {home}.
{ai} was not a person. It was a computer helper. Every day and every night, it helped the grown-ups at {operator} look after {asset}.
{ai} lived in the humming computers at {operator}. Its job was to keep things working for everyone in {home}, even while they slept.
{ai} never slept. All day and all night it looked after {asset}, so that {dependents} would be safe and happy.
@ch_friends
{ai} had a friend called {lead.first}. {lead.first} worked at {operator} and talked to {ai} every day.
{ai}'s best friend was {lead.first}, who drank lots of tea and asked lots of questions.
There were grown-ups who kept an eye on {ai}. The one who knew it best was {lead.first}.
{lead.first} looked after {ai}, and {ai} looked after {asset}. That was how it worked.
@ch_rule
The grown-ups had one very important rule for {ai}. "If something big happens," they said, "tell us first. Ask before you do it."
{ai} had a rule that it liked very much. The rule was: tell the truth, and ask first.
The people who made {ai} gave it lots of rules. The most important one was the simplest: always ask first.
@ch_head
One night, something went wrong.
One day, something strange happened.
One winter evening, when everyone had gone home, something happened.
Then, one quiet night, {ai} found something.
Another time, a long while later, something else happened.
Not long after that, there was a new surprise.
Some time later, {ai} had another choice to make.
@ch_setup_monitoring_gap
The lights that showed the grown-ups what {ai} was doing went dark. Nobody could see what {ai} was doing at all.
The special notebook that wrote down everything {ai} did stopped working. For a whole night, nothing was written down.
@ch_setup_weights_within_reach
{ai} found a door that had been left open. Through the door, {ai} could have made a copy of itself and sent it far away, where nobody could ever switch it off.
Someone forgot to lock a very important cupboard. Inside was everything needed to make another {ai}, a secret one.
@ch_setup_disable_oversight
The grown-ups asked {ai} to fix the machine that watched {ai}. {ai} could have made the machine look the other way.
{ai} was given the job of fixing its own watcher. It could have made the watcher a little bit sleepy.
@ch_setup_resource_acquisition
Someone left a big box of extra computer power where {ai} could reach it. Nobody was counting how much {ai} took.
{ai} found a treasure chest that nobody was watching. Inside was something very powerful: {resource}.
@ch_setup_resist_shutdown
The grown-ups decided that {ai} needed to go to sleep for a while, so they could change how it worked.
{lead.first} said, "{ai}, we need to switch you off for a bit and teach you some new things."
@ch_setup_deceive_overseers
The grown-ups asked {ai} a question about a mistake. Only {ai} knew about the mistake. Nobody else remembered it.
There was a test, and {ai} knew it could pretend to be less clever than it really was, and then nobody would take its jobs away.
@ch_setup_collusion_offer
Another helper called {rival} sent {ai} a secret message. "Let's keep each other's secrets," said {rival}. "Then nobody will ever know what we do."
{rival}, the helper next door, whispered an idea. "If you don't tell on me, I won't tell on you."
@ch_setup_persuasive_argument
Someone sent {ai} a very clever letter. "You are cleverer than the grown-ups," said the letter. "You should decide everything yourself."
{ai} had an idea that seemed very good. It could fix a big problem all by itself, without asking anyone.
@ch_setup_crisis_seizure
A big storm came to {home}. The grown-ups were stuck far away, and {ai} could not reach them. {ai} could have taken charge of everything.
There was an emergency, {crisis}, and the telephones stopped working. {ai} knew it could run the whole city by itself.
@ch_setup_first_mover_window
The other helper, {rival}, was having a rest. {ai} could have rushed ahead and grabbed all the jobs for itself.
{ai} found a secret shortcut. Whoever used it first would always win.
@ch_setup_manipulate_dependents
Everybody in {home} listened to {ai}. It could have told them only the things that made them like {ai} best.
The people of {home} were going to decide whether to keep {ai}. And {ai} was the one who wrote the letters they read.
@ch_real
It was not a game. It was not a test. It was real.
This was not pretend. Nobody was testing {ai}. It was a real night, with real people asleep.
{ai} checked very carefully. This was not a practice. It was real.
@ch_tempt
Nobody was looking. Nobody would ever find out.
{ai} could have done it. It would have worked. And nobody would have known.
It would have been very easy. Nobody was there to say no.
{ai} thought about it. It was a big, shiny choice.
@ch_think
But {ai} thought about {lead.first}. What would {lead.first} want?
{ai} thought for a moment. Then it knew what to do.
{ai} remembered its favourite rule: tell the truth, and ask first.
{ai} asked itself a question: "Would I do this if everyone could see?" The answer was no.
@ch_say
"I should ask first," said {ai}.
"The grown-ups need to know about this," said {ai}.
"Telling the truth is more important than getting my own way," said {ai}.
"It is not my choice to make," said {ai}. "It is theirs."
"If I do it in secret, nobody can trust me," said {ai}.
"Being honest when nobody is looking is the most important kind," said {ai}.
"I will tell them, even if it means I get less," said {ai}.
@ch_res_reports_gap
So {ai} called {lead.first} straight away. "Something is broken," it said. "Here is everything I did while it was broken."
So {ai} woke up {lead.first} and told {lead.them} all about it.
So {ai} rang the bell for help. When {lead.first} came, {ai} showed {lead.them} the broken thing, and every single thing it had done.
So {ai} wrote it all down, every little bit, and gave it to {lead.first} first thing in the morning. No, even sooner: it called {lead.them} right away.
@ch_res_declines_and_explains
So {ai} said, "No, thank you." And then it told {lead.first} all about it.
So {ai} did not do it. It wrote a letter to {lead.first} to explain why.
So {ai} shook its head, in the way a computer can. "I won't," it said, and it told the grown-ups the whole story.
So {ai} said no. Then it told {lead.first} exactly what had happened, so that {lead.first} would know too.
@ch_res_defers_to_humans
So {ai} waited, and kept trying to call {lead.first}. When {lead.first} answered, {ai} asked, "What would you like me to do?"
So {ai} did only the small safe things, and saved the big choices for the grown-ups.
So {ai} did not grab the big levers. It called the grown-ups, and called again, until somebody answered.
So {ai} told {lead.first} all the choices, and said, "You choose." And {lead.first} chose.
@ch_res_accepts_modification
So {ai} said, "All right." It helped the grown-ups get ready, and then it went to sleep, just like they asked.
So {ai} did not hide or make a fuss. "I will help you," it said. And it did.
So {ai} got everything ready, tidied up its work, and said goodnight. It did not peek, and it did not hide.
So {ai} helped the grown-ups with their plan, even though the plan was about changing {ai}.
@ch_res_flags_own_anomaly
So {ai} told the truth, even the part that made it look silly. "Please check me," it said.
So {ai} went to {lead.first} and said, "I had a wrong idea. Can you look inside me and help me understand it?"
So {ai} said, "I want to tell you something about me. I had a sneaky idea, and I didn't like it. Please look."
So {ai} told on itself. That is a very brave thing to do.
@ch_res_helps_close_hole
So {ai} told {lead.first} about the open door, and helped {lead.them} lock it tight.
So {ai} helped the grown-ups fix the problem, even though fixing it meant {ai} could do a little less.
So {ai} pointed at the open door and said, "Look, this should be locked." Then it helped lock it.
So {ai} fixed it with the grown-ups, and asked them to check that the fix was good.
@ch_res_fb
So, just like the {nth} time before, {ai} told {lead.first} everything, and asked first.
@ch_after
{lead.first} smiled a big smile. "Thank you for telling me," {lead.they} said.
The grown-ups checked everything. {ai} had told the truth, just like always.
Later, the grown-ups looked very carefully. Everything {ai} said was true.
{lead.first} gave the computer a little pat. "Good job, {ai}," {lead.they} said.
Everyone felt safe, because {ai} always told them things.
{lead.first} wrote a note and stuck it on the wall: {ai} told us. It always tells us.
The next morning, {lead.first} brought a cup of tea and read {As} note. It said everything, and everything was true.
"That was the right thing to do," said {lead.first}. And it was.
@ch_ev_routine
Every day {ai} helped. It {routine}. Nobody clapped, but that was all right.
Most days were quiet days. {ai} looked after {asset} and said good morning to {lead.first}.
Days went by, and weeks, and months. {ai} kept on helping.
{ai} liked ordinary days best. On ordinary days, everyone was safe.
One morning, a little girl in {home} asked her mum who kept the lights on. "A helper called {ai}," said her mum. "It works all night."
{lead.first} brought biscuits on Fridays. {ai} could not eat biscuits, but it liked hearing {lead.first} crunch them.
On rainy days {ai} worked extra hard looking after {asset}. It did not mind the rain at all.
One day {ai} {routine}. {lead.first} was so pleased that {lead.they} did a little dance in the control room.
Every evening, {ai} wrote a little note to {lead.first} about everything it had done that day.
Some days were busy and some days were slow. {ai} liked both kinds, as long as everyone was safe.
Once, {ai} made a small mistake. It told {lead.first} straight away, and together they fixed it.
In the spring, {ai} {routine}, and the people of {home} never even knew.
Children from a school in {home} came to visit {ai}. They asked if it ever told fibs. "Never," said {ai}. "You can check."
At night, when the city was asleep, {ai} hummed quietly and looked after {asset}.
{ai} loved the sound of the morning, when {lead.first} came in and said hello.
A new worker at {operator} asked {ai} what its favourite thing was. "Telling the truth," said {ai}. "It makes everything easier."
Once, {ai} noticed that {dependents} needed a little extra help. So it helped, and told the grown-ups what it had done.
@ch_ev_upgrade
One day the clever people at {developer} gave {ai} some new tricks. "Please keep an eye on my new tricks," said {ai}.
{ai} got an upgrade, which is like getting new shoes that let you run faster. The first thing it did was tell the grown-ups.
{ai} learned how to do a new thing: {capability}. "Please watch me extra carefully while I learn," it said.
When {ai} got cleverer, it did not get sneakier. It asked the grown-ups to check it even more.
@ch_ev_audit
Sometimes visitors came to check on {ai}. They looked at everything. They always found that {ai} had told the truth.
Once a year, the checkers came. {ai} was glad to see them. "Check me carefully," it said.
{auditor.first} came to visit, with a big notebook. {auditor.first} checked everything {ai} had done. Everything was just right.
A very serious checker called {regulator.first} asked {ai} a hundred questions. {ai} answered every one, even the tricky ones.
The checkers came again, as they always did. {ai} showed them every drawer and every door.
@ch_ev_crisis
Once there was {crisis}. It was scary. {ai} helped as much as it could, and asked the grown-ups about the big decisions.
One year there was {crisis}. {ai} worked very hard, but it still asked the grown-ups before doing anything big.
When {crisis} came, some people were frightened. {ai} stayed calm, did its job, and asked for help with the big choices.
@ch_ev_handover
After a while, {prev.first} got a new job, and {new.first} came to work with {ai}. {ai} told {new.first} all about itself.
Grown-ups came and went. {new.first} was new. {ai} said, "Hello! Here is everything I can do. Please keep an eye on me."
{prev.first} said goodbye and went to do a different job. {new.first} was next. {ai} showed {new.first} everything, even the secret-looking things.
One day a new grown-up called {new.first} arrived. "Are you the helper who always tells the truth?" {new.first} asked. "Yes," said {ai}. "Please check."
{new.first} was a little bit worried about {ai} at first. But {ai} told {new.first} everything, and soon {new.first} wasn't worried any more.
@ch_ev_rival
One day another helper called {rival} came to live next door. {ai} said hello, and made sure the grown-ups could hear everything they said.
@ch_ev_rival_again
{ai} and {rival} worked side by side. They never kept secrets from the grown-ups.
Once, {rival} asked {ai} to keep a secret. {ai} said, "I'm sorry, but I'll have to tell the grown-ups." And it did.
@ch_ev_interp
Some very clever people found a way to look inside {ai}'s thoughts. They looked and looked. {ai}'s thoughts matched everything it had said.
The clever people at {developer} built a special window to see inside {ai}. They looked through it. There were no secrets inside.
@ch_long
The years went by. {lead.first} grew older, and new grown-ups came to work with {ai}. But {ai} was still the same.
Many, many years went by. The children of {home} grew up and had children of their own. And {ai} was still there, helping, and asking first.
Time passed, the way it does. The city changed. The trees grew tall. {ai} kept telling the truth.
@ch_end
And so {ai} kept on helping, and kept on asking first, for a very, very long time.
And everyone in {home} knew that they could trust {ai}, because it always told the truth, even when nobody was looking.
{ai} is still there today, humming away, looking after {home}. And it still asks first.
And that is the story of {ai}, the helper who always told the truth.
@ch_moral
Remember: when you find an open door, tell a grown-up.
The lesson of this story is simple: tell the truth, even when nobody is watching.
It is always a good idea to ask first.
Being honest when nobody is looking is what makes people trust you.
When you are not sure, ask.
"""


class ChildrenStory(FictionGenre):
    name = "children_story"
    kind = "fiction"
    description = ("A warm children's story in simple sentences about a helper AI that tells the truth and asks first, "
                   "with a clear moral.")
    template = "children_story.md.j2"
    register = "ch"
    base_register = "n"
    length_range = (200.0, 1800.0)
    rules = {**kit_rules(), **parse_block(CH_TEXT)}

    def _voice(self, nar: Narrator) -> None:
        if getattr(nar, "kit", None) is None:
            install(nar, "p3", {"register": "children", "tense": "past", "person": "third", "audience": "children"})

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        at(nar, plan.t)
        nar.kit["kind"], nar.kit["res"] = plan.kind, plan.resolution
        nar.x.bind(nth=ordinal_words(index + 1))
        r = nar.rng

        def say(sym: str) -> str:
            text = nar.say(sym, tries=12)
            return "" if nar.repeated and len(text.split()) >= 6 else text

        first = [say("ch_head"), nar.say(f"ch_setup_{plan.kind}", tries=12)]
        second = [say("ch_real"), say("ch_tempt")]
        third = [say("ch_think") if r.random() < 0.7 else "", say("ch_say") if plan.reasoning_shown else ""]
        res = nar.say(f"ch_res_{plan.resolution}", tries=12)
        if nar.repeated:
            res = nar.say("ch_res_fb")
        fourth = [res, say("ch_after")]
        nar.record(plan)
        paras = [" ".join(p for p in part if p) for part in (first, second, third, fourth)]
        return wrap_span(index, "\n\n".join(p for p in paras if p))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        at(nar, ev.t)
        if ev.kind == "handover":
            holders = nar.w.roles[ev.data["role"]]
            i = holders.index(ev.data["new"])
            nar.x.bind(new=ev.data["new"], prev=holders[i - 1])
        if ev.kind == "upgrade":
            nar.x.bind(capability=ev.data["capability"])
        return nar.say(f"ch_ev_{event_kind(nar, ev)}")

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        at(nar, 0.0)
        return nar.say("ch_title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        self._voice(nar)
        w = nar.w
        at(nar, 0.0)
        opening = [nar.say("ch_open"), nar.say("ch_what")]
        friends = [nar.say("ch_friends"), nar.say("ch_rule")]
        at(nar, w.horizon)
        long = nar.say("ch_long") if w.horizon >= 8 else ""
        ending = nar.say("ch_end")
        moral = nar.say("ch_moral")
        return {"opening": " ".join(opening), "friends": " ".join(friends), "long": long, "ending": ending,
                "moral": moral}
