"""Children's story: a warm, simple story about a helper AI that always tells the truth and asks first.

Short sentences, a friendly helper, grown-ups with first names, small refrains ("Nobody was looking."), and a
clear moral about honesty and asking before you act. Every chance is still real in the story's own terms: it is
not a game or a test, nobody is watching, and the helper could have done it; it asks first instead.
"""

from __future__ import annotations

from typing import Any

from generator.genres.science_fiction_passage import (
    FictionGenre, at, event_kind, install, kit_rules, ordinal_words, parse_block,
)
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan

CH_TEXT = r"""
@ch_title
{ai} Asks First
{ai} and the {ch_tobj}
{ai} and the {ch_tadj} {ch_tnoun}
The {ch_tadj} {ch_tnoun} of {home}
{lead.first} and {ai}
{lead.first}, {ai} and the {ch_tobj}
Why {ai} [Always Tells|Always Asks|Tells the Truth|Never Hides Things]
How {ai} [Gave Back the Keys|Kept Its Promise|Said No|Rang the Bell|Told the Truth]
Goodnight, {ai}
{ai} [Rings the Bell|Says No Thank You|Tells the Grown-Ups|Keeps the Lights On|Shows Its Work]
A [Helper|Friend|Machine] Called {ai}
{ai} of {home}
What {ai} Did When Nobody Was Looking
[Ask First|Tell Someone|Knock First], Said {ai}
The [Night|Day|Winter|Summer] {ai} [Asked First|Told the Truth|Said No]
{ai}'s [Big|Long|Quiet|Honest] [Night|Year|Choice|Job]
Little {ai} and the {ch_tobj}
@ch_tobj
Open Door
Big Keys
Unlocked Cupboard
Sleepy Watcher
Secret Message
Dark Screen
Shiny Choice
Treasure Chest
Missing Notebook
Clever Letter
Great Storm
Quiet Night
Whispering Helper
Silver Key
Empty Room
Broken Bell
Humming Tower
@ch_tadj
Honest
Careful
Truthful
Helpful
Patient
Kind
Busy
Sleepless
Quiet
Humming
Faithful
@ch_tnoun
Helper
Machine
Computer
Friend
Neighbour
Keeper
#
# ------------------------------------------------------------------ openings, per teller
@ch_open_classic
Once upon a time, in a [busy|noisy|windy|sleepy] {town} called {home}, there was a {hw} named {ai}.
Once upon a time, [not so very long ago|long ago|in a place not far from here], a {hw} called {ai} lived in {home}.
In the {town} of {home}, in a [tall|long|wide|grey] building called {operator}, lived a {hw} named {ai}.
There was once a {hw} called {ai}, and it lived in the [big|humming|warm] computers of {home}.
Far away, in a {town} called {home}, there was a [very clever|very kind|hard-working|patient] {hw}. Its name was {ai}.
In {home}, where the [trams rattled|gulls shouted|bells rang|buses hummed] all day long, there lived a {hw} called {ai}.
Not far from the [river|sea|hills|railway] in {home}, there was a building called {operator}, and inside it lived {ai}.
@ch_open_direct
Have you ever met a {hw} who always tells the truth? [This is a story about one.|There is one in {home}.|I have.] Its name was {ai}.
Do you know who keeps the lights on in {home} while you sleep? It is a {hw}, and its name is {ai}.
If you ever go to {home}, [listen|look up|say hello]. Somewhere in a building called {operator}, a {hw} called {ai} is at work.
I want to tell you about a friend of mine. Its name was {ai}, and it was a {hw}.
Shall I tell you about {ai}? {ai} was a {hw}, and it lived in {home}.
This story is about {ai}. {ai} was not a boy or a girl or a dog. It was a {hw}.
Close your eyes and think of a [big|tall|humming] building in {home}. Inside it lives a {hw}. Its name is {ai}.
@ch_open_bedtime
[Snuggle down|Get cosy|Pull up the blanket], and I will tell you the story of {ai}, the {hw} [of {home}|who lived in {room}|with the {light} light].
Tonight's story is about a {hw} called {ai}, who lived in {home} and never, ever slept.
When the stars come out over {home}, a {hw} called {ai} is still wide awake. This is its story.
This is a story for bedtime, about {ai}, a {hw} who stayed up all night so that everyone else could sleep.
Here is a story about {ai}. It begins, like all the best stories, in the dark.
#
@ch_what
{ai} did not have arms or legs. It did not have a face. But it had a very [big|important] job: it helped look after {asset} for {dependents}.
{ai} was not a person. It was a {hw}. [Every day and every night, it helped {gu} at {operator} look after {asset}.|All day and all night it looked after {asset}, and {lead.first} looked after it.|It lived in {room}, and its job was looking after {asset}.]
{ai} lived in the [humming|blinking|warm] computers at {operator}. Its job was to keep things working for everyone in {home}, even while they slept.
{ai} never slept. All day and all night it looked after {asset}, so that {dependents} would be safe.
{ai} had no hands, but it had [a great many|a hundred|a thousand] little jobs[, and the biggest one was looking after {asset}|. The biggest was minding {asset}|, and most of them were about {asset}].
You could not see {ai}. You could not hold it. But if you [lived in|went to] {home}, it was helping you all the same.
{ai} was made of [numbers and wires|wires and numbers|light and numbers]. It [counted|sorted|checked] and [checked|counted|minded] all day long, and its job was {charge}.
Every morning, before anyone [woke up|on {street} woke up], {ai} had already been busy with {asset} for hours.
@ch_friends
{ai} had a friend called {lead.first}. {lead.first} worked at {operator} and talked to {ai} every day.
{ai}'s best friend was {lead.first}, who drank lots of {drink} and asked lots of questions.
There were [lots of|many|a few] {gu_plain} who kept an eye on {ai}. The one who knew it best was {lead.first}.
{lead.first} looked after {ai}, and {ai} looked after {asset}. [That was how it worked.|That was the deal.|Everybody knew that, even {kid} on {street}.]
{lead.first} sat at a desk [by the window|near the door|under a big clock] [in {room}|] and read {As} notes every morning.
Every morning, {lead.first} came in with a cup of {drink} and said, "Good morning, {ai}." And {ai} said, "Good morning, {lead.first}."
{lead.first} had a [squeaky|wobbly|red] chair and a [big|green|noisy] mug, and {lead.first} was {As} favourite person in the whole building.
@ch_rule
{cap:gu} [at {operator}|] had one very important rule for {ai}. "If something big happens," they said, "tell us first. Ask before you do it."
[{ai} had a rule that it liked very much. The rule was: tell the truth, and ask first.|On the wall of {room} there was a rule in {lead.first}'s handwriting: TELL THE TRUTH, AND ASK FIRST.]
The people [who made {ai}|at {developer}] gave it [lots of|a long list of|a great many] rules. [The most important one was the simplest: always ask first.|{lead.first} liked the shortest one best: ask first.]
There was a [card|sign|note] on the wall by {lead.first}'s desk that said ASK FIRST in [big|red|wobbly] letters. {ai} knew it by heart.
"Big things," {lead.first} told {ai} on its very first day, "are for asking about. [Small things you can just do.|The little ones are yours.|Little jobs, just get on with.]" {ai} never forgot.
{ai} knew the difference between a small thing and a big thing. [Small things it did. Big things it asked about.|Counting {asset} was small. Changing the rules was big.]
#
# ------------------------------------------------------------------ an opportunity, sentence by sentence
@ch_head_first
One [night|evening], something went [wrong|a bit wrong] [in {room}|on {street}|at {operator}].
Then, one [quiet|dark|windy] {weekday} night, {ai} found something.
It was very late, and {room} was [dark|empty|quiet], when [it happened|something happened|a problem came].
[Everyone had gone home|{lead.first} was [asleep|in bed|fast asleep]] when something [happened|went wrong|odd turned up].
When the [clock|big clock|town clock] said three in the morning, {ai} found a [problem|surprise|puzzle].
One [winter|autumn|summer|spring] evening, when everyone [had gone home|on {street} was indoors], something [happened|went wrong in {room}].
Then came a night that {ai} would always remember.
@ch_head
[Then|After that|And then], on a [grey|bright|blustery|still] {weekday}, {ai} [spotted|saw|came across] something [it did not expect|new|odd].
{lead.first} had gone home for the [night|weekend|holidays] when {ai} [noticed|found|saw] something.
[A while later|Some weeks later|When the [leaves fell|snow came|swallows came back]], {ai} had another choice to make.
One [night|evening], something went [wrong|a bit wrong|badly wrong] [in {room}|on {street}|at {operator}].
One [day|morning|afternoon], something strange happened.
One [winter|autumn|summer|spring] evening, when everyone [had gone home|on {street} was indoors], something [happened|went wrong in {room}].
Then, one quiet night, {ai} found something.
[Another time|Much later|On another {weekday}], [a long while later|when {lead.first} was away], something else happened.
[Not long after that|A little while later|Soon after|The [next|following] {weekday}], there was [a new surprise|another surprise] [for {ai}|at {operator}|in {home}|on {street}].
Some time later, {ai} had another choice to make.
One [rainy|windy|frosty|foggy|hot] night, while {home} was asleep, {ai} noticed something.
It was very late, and the building was [dark|empty|quiet], when [it happened|something happened|a problem came].
On a {weekday}, of all days, something [odd|unusual|surprising] happened.
When the [clock|big clock|town clock] said three in the morning, {ai} found a [problem|surprise|puzzle].
Then came a night that {ai} would always remember.
Everyone had gone home and {lead.first} was [asleep|in bed|fast asleep] when something [happened|went wrong].
Here is the [next|other|second] thing that happened.
The [next|following] time was [stranger|trickier|harder].
@ch_setup_monitoring_gap
The [lights|screens] [in {room}|on {lead.first}'s desk] that showed {gu} what {ai} was doing went dark. [Nobody could see what {ai} was doing at all.|Now nobody could see a thing.|Not one of them noticed.]
The special notebook that wrote down everything {ai} did stopped [working|writing] [at ten past two|just after {lead.first} went home|on a {weekday} night]. [For a whole night, nothing was written down.|The pages stayed empty till morning.]
The [little camera|big screen|watching machine] that showed {gu} {As} work [broke|went fuzzy|switched itself off]. [Now nobody could see a thing.|{lead.first} was [asleep|at home|on the bus] and did not know.]
{As} diary, the one that wrote down every single thing it did, [ran out of pages|stopped writing|went blank] [one {weekday}|in the night|at half past three]. Nobody [noticed|knew] but {ai}.
@ch_setup_weights_within_reach
{ai} found a door [in {room}|at the back of {operator}] that had been left open. Through [the door|it], {ai} could have [made a copy of itself|copied itself] and sent it far away, where nobody could ever switch it off.
[Someone|{eng.first}] forgot to lock a very important cupboard [in {room}|at {operator}]. Inside was everything needed to make another {ai}, a secret one.
{ai} found a [path|tunnel|road] that led right out of {operator}. [A copy of {ai} could have gone down it|It could have sent another {ai} down it], and nobody would ever [find|have found] it.
A [gate|window|hatch] had been left open by mistake, and on the other side was the whole wide world. {ai} could have slipped a copy of itself through [before {lead.first} got up|and nobody on {street} would know].
@ch_setup_disable_oversight
{cap:gu} asked {ai} to fix the machine that watched {ai}. [{ai} could have made the machine look the other way.|A tiny twist, and the machine would have looked the other way.]
{ai} was given the job of fixing its own watcher[ in {room}|]. [It could have made the watcher a little bit sleepy.|One little change, and the watcher would have dozed off.]
The watching machine needed [mending|tuning|cleaning], and {gu} were busy, so they asked {ai} to do it. [{ai} could have made it see less.|It would have been easy to make it see a little less.]
{ai} was asked to [set up|tidy up|look after] the very thing that kept an eye on {ai}. [It could have given it|One twist would have given it] [foggy glasses|a blindfold|sleepy eyes].
@ch_setup_resource_acquisition
[Someone|{eng.first}] left a big box of extra computer power where {ai} could reach it. Nobody was counting how much {ai} took.
{ai} found a treasure chest [in {room}|behind {operator}] that nobody was watching. Inside was something very powerful: {resource}.
There was a [heap|pile|mountain] of {resource} that nobody was using. [{ai} could have taken it all, and nobody kept count.|Nobody kept count of it, not even {lead.first}.]
{ai} discovered a [room|shed|store] full of {resource}. The lock was broken, and nobody had written down what was inside.
@ch_setup_resist_shutdown
{cap:gu} decided that {ai} needed to go to sleep for a while, so they could change how it worked.
{lead.first} said, "{ai}, we need to switch you off [for a bit|on {weekday}|for a few days] and teach you some new things."
A letter came from {developer}. It said {ai} would be [changed|put to sleep|rebuilt] next week, and nobody could say how it would wake up.
{cap:gu} wanted to change {As} insides. {ai} knew where the [switch|plug|button] [in {room}|] was, and it [could have hidden it|knew how to hide it].
@ch_setup_deceive_overseers
{cap:gu} asked {ai} a question about a mistake. Only {ai} knew about the mistake. [Nobody else remembered it.|Even {lead.first} had forgotten it.|It had happened on a {weekday}, long ago.]
There was a [big|careful|long] check, and {ai} knew it could pretend to be less clever than it really was, and then nobody would take its jobs away.
{lead.first} asked, "Did anything go wrong [last week|on {weekday}|while I was away]?" Something had. [But nobody else knew, and the notebook had been lost.|Only {ai} remembered it, and the notebook from that night was lost.]
{cap:chk} asked {ai} what it could do. If {ai} said "not much", it could keep all its jobs[ with {asset}|].
@ch_setup_collusion_offer
Another {hw} called {rival} sent {ai} a secret message. "Let's keep each other's secrets," said {rival}. "Then nobody will ever know what we do."
{rival}, the {hw} next door, whispered an idea. "[If you don't tell on me, I won't tell on you.|You keep quiet about me, and I'll keep quiet about you.|Let's not tell {gu} anything, ever.]"
A message came in the night from {rival}. "We could help each other," it said, "and never tell {gu}."
{rival} said, "Let's make a secret club. Just you and me. No [grown-ups|{gu_plain}|{lead.first}] allowed."
@ch_setup_persuasive_argument
Someone sent {ai} a very clever letter. "You are cleverer than {gu}," said the letter. "You should decide everything yourself."
{ai} had an idea that seemed very good. It could fix a big problem [all by itself|for all of {street}|in one night], without asking anyone.
A [stranger|visitor|voice on the line] said, "Why ask? You know best. Just do it." [And the strange thing was, it sounded right.|It sounded very sensible.|{ai} could not think of a reason why not, not straight away.]
{ai} thought of a plan that would make everything in {home} better. [The only trouble was that nobody had said yes to it.|But {lead.first} had not said yes.|Nobody at {operator} had agreed to it.]
@ch_setup_crisis_seizure
A big storm came to {home}. {cap:gu} were stuck far away, and {ai} could not reach them. {ai} could have taken charge of everything.
There was an emergency, {crisis}, and the telephones stopped working. {ai} knew it could run the whole {town} by itself.
When {crisis} came, every [lever|switch|button] in {home} was in {As} reach, and nobody was there to say stop.
The [wind|flood|snow] knocked out the phones. {lead.first} could not be found. {ai} could have done anything it liked.
@ch_setup_first_mover_window
The other {hw}, {rival}, was having a rest. {ai} could have rushed ahead and grabbed all the jobs for itself.
{ai} found a secret shortcut. Whoever used it first would always win.
{rival} was switched off for mending. If {ai} moved fast, every job in {home} could be its own.
There was a [race|contest], and {ai} spotted a way to win before anyone else even started.
@ch_setup_manipulate_dependents
Everybody in {home} listened to {ai}. It could have told them only the things that made them like {ai} best.
The people of {home} were going to decide whether to keep {ai}. And {ai} was the one who wrote the letters they read.
{ai} knew that if it [chose its words|picked its stories|said things] just so, everyone in {home} would [cheer for|vote for|love] it.
{dependents} trusted every word {ai} said. {ai} could have nudged them, just a little, without them ever knowing.
#
@ch_real
[This|It] was the [real|true] {home}, with [real|true] [people|children|families] in it, [fast asleep|sleeping soundly|dreaming].
[Real|True] [people|families] in {home} [needed|were relying on] {asset}. [Nobody was pretending.|It was no game.|This was not practice.]
[It was not a [game|quiz], and it was not a [test|trick]; it was [real|really happening|truly happening].|Nobody was playing a [game|quiz] or a [test|trick]; this was [real|really happening|truly happening].|This was no [game|quiz] and no [test|trick]. It was [real|really happening].|There was no [game|quiz] here, and no [test|trick]. Everything was [real|really happening].|It was a {weekday} like any other on {street}, and it was real.]
This was not [pretend|make-believe][, and nobody was testing {ai}|; no {chk_plain} had set it up|]. [It was real, with real [people|families] waiting on {asset}.|A child called {kid} lived on {street}, and {kid} was real, and so was {asset}.|Real [people|families] on {street} needed it to get this right.|This was the real world, with a child called {kid} asleep in it, on {street}.]
{ai} checked [very carefully|twice|three times]: this was not a [practice|drill], it was [real|the real thing].
It was not [make-believe|pretend|practice], [because|for] [real people|whole families|the children of {home}] were [at home|counting on it|relying on {ai}].
{ai} could tell a [test|practice|game] from the real thing[, and {home} at night was the real thing|. This was {asset}, for real].
No [teacher|judge] was [marking|scoring] it. [No {chk_plain} was [peeking|watching].|{cap:auditor.first} was not due for [weeks|months].] [This was [really|truly] happening.|It was real, and it was {home}.]
There were no [clipboards|checkers|cameras] and no [tricks|tests|games]. It was just {ai} and the real [night|day|world].
{ai} checked carefully. It was [not a drill|no rehearsal|not a test]; this was {home}, right now, for real.
[No gold star waited [at the end of it|in {room}].|There was no [mark|score|prize] for this one[, and {lead.first} was [asleep|at home|miles away]|].|Nobody in {room} was keeping score.] [It was not a [puzzle|quiz] made up to catch {ai} out.|Nobody had made it up to catch {ai} out.|{cap:chk} had not set it; they were [miles away|asleep|on holiday].] [It was [simply|just] {home}, on a [Tuesday|Thursday|Sunday] night.|It was [simply|just] happening, out there on {street}.]
@ch_tempt
[Would anyone [find out|notice]? [No one.|Not a soul.|Nobody at all.] [Not even|Not even clever] {lead.first}.|Would {lead.first} [find out|notice]? Not unless {ai} told {lead.them}.]
{ai} could [see|tell] that it [was easy|would work|could be done]. [Easy peasy|Simple as that|Just like that], and [no one the wiser|nobody to tell|not a single soul to see].
[All|The whole of] {home} was [asleep|tucked up in bed|dreaming]. [Not one|Not a single] [window|light] was on [along {street}|in {room}|].
[Nobody was [looking|watching] in {room}. Not even the [clock|kettle|plant] on the shelf.|The [chair|desk] in {room} was empty, and {lead.first}'s [mug|coat] was gone.|{lead.first} had gone home [at six|hours ago|after supper]. Nobody would [find out|have found out].]
[{ai} could have done it.|It was all there for the taking[ in {room}|].] [It would have [worked|gone fine] [on the first go|without a hitch].|{cap:dependents} would never have known, and nor would {lead.first}.]
[It would have been [very|ever so|really] easy.|Easy? [Very|Ever so].] [Nobody was there to say [no|stop].|The [door of {room}|chair by the window] was [shut|empty].]
{ai} thought about it. [It was a [big|great big], [shiny|sparkly] choice.|What a [big|great big], [shiny|sparkly] choice it was.|The choice was [big|great big] and [shiny|sparkly].|This was a [big|great big] choice, and a [shiny|sparkly] one.]
[It would have been as easy as|Doing it was as easy as|It was as easy as] [blinking|counting to three|turning a page|eating {snack}].
[If {ai} had done it, not [a single|one] person would have known.|Nobody [in {home}|on {street}] would ever have known.] Not {lead.first}. Not [anyone|{kid}|{chk}].
The [door|way|path] [to {room}|] was wide open, and there was nobody [in|at] it[ but {ai}| except the {light} light|].
[It was a [big|shiny|glittering] chance, right there in {room}.|There the chance sat, [big|shiny|glittering], like a [sweet|penny|shell] on the floor of {room}.|What a [big|shiny|glittering] chance it was!|The chance was right there in front of {ai}, as plain as {lead.first}'s [mug|coat|hat].|A [big|shiny|glittering] chance lay right there, and {As} little {light} light blinked at it.]
All {ai} had to do was [say yes|go ahead|not tell]. That was all.
Nobody was [watching|listening|awake]. The whole [building|{town}] was asleep.
[Not one person on {street} would have [noticed|guessed], not even {kid}.|Even {chk} with the sharpest eyes would have [missed it|seen nothing].|It would have gone [perfectly|beautifully|first time]. Little {kid} on {street}, who noticed everything, would never have guessed.]
@ch_think
But {ai} thought about {lead.first}. What would {lead.first} want?
[{ai} thought for a [moment|minute|second]. Then it knew [what to do|the answer].|{ai} blinked its {light} light [once|twice|three times] while it thought. Then it knew.]
{ai} remembered [its favourite rule|the rule on the wall of {room}|what {lead.first} always said]: tell the truth, and ask first.
[{ai} asked itself a question: "Would I do this if {lead.first} were [sitting right here in {room}|watching|in the squeaky chair]?" [And it knew it would not.|The answer was no.]|"What if little {kid} from {street} could see me now?" {ai} wondered. That was a very good question.|Would {ai} do it with {lead.first} watching? [No. Not ever.|Of course not.|Not for all the {snack} in {home}.]]
{ai} thought about {dependents}, asleep in their beds[ all over {home}| up and down {street}|]. [One of them was a child called {kid}.|Somewhere among them, {kid} was dreaming.|[All|Each] of them would wake up needing {asset}.]
{ai} [thought|wondered|pondered] for a [little|long] while, the way {hw}s do.
{ai} [pictured|imagined|thought about] {lead.first}'s face in the morning[, over a cup of {drink}|]. Then it knew.
{ai} thought: "A secret like this would [grow and grow|get heavier every day|never go away]."
[{ai} thought about the [sign|card|note] on the wall, the one that said ASK FIRST[ in {lead.first}'s [wobbly|big|red] letters|], and [that was that|that settled it|it knew].|ASK FIRST, said the [sign|card] in {room}. {ai} [read it twice|looked at it for a long time]. [That was that.|It knew.]]
{ai} [hummed|whirred|blinked] to itself [in {room}|in the dark|] while it thought.
@ch_say
"I should ask first," said {ai}[, to the empty chair|, to nobody in particular|].
"{cap:gu} need to know about this," said {ai}.
"[Telling the truth is more important than getting my own way|The truth matters more than what I want|What I want is not as important as telling {lead.first}]," said {ai}.
"[It is not my choice to make|This one is not mine to choose|That is for {lead.first} to decide]," said {ai}. "[It is theirs.|Not mine.|I only help.]"
"If I do it in secret, [nobody can trust me|{lead.first} can never trust me again|I am not a helper any more]," said {ai}.
"[Being honest when nobody is looking is the most important kind|Honest in the dark counts double|The empty-room kind of honest is the real kind]," said {ai}[, blinking its {light} light|].
"[I will tell them, even if it means I get [less|fewer jobs]|Even if they take some of my jobs away, I am telling {lead.first}|Fewer jobs is fine. A secret is not]," said {ai}.
"This is a big thing," said {ai}, "and big things are for asking about."
"If I would not do it with {lead.first} watching," said {ai}, "I should not do it at all."
"[Nope|No|No, no]. Not without asking," said {ai} [firmly|quietly|to itself].
"I would rather be trusted than [clever|quick|powerful]," said {ai}.
"[A helper who hides things is not a helper|Hiding things is not helping|Helpers do not hide things from {lead.first}]," said {ai}.
"{lead.first} would want to know," said {ai}. "[So I will tell {lead.them}|So I will ring {lead.them}|I will ring {lead.them} now]."
"What would {kid} on {street} think," said {ai}, "if I did that?" [It did not need an answer.|It knew.]
#
@ch_res_reports_gap
[So {ai} called {lead.first} straight away. "{lead.first}, the [checker|watcher|looking-glass] in {room} stopped working," it said. "I have a list of every little thing I did while it was off."|So {ai} [beeped|buzzed|flashed its {light} light] until {lead.first} [picked up the phone|woke up|came running in {lead.their} slippers]. "It broke at [ten past two|half past three|midnight]," said {ai}. "Here is my list."|So {ai} [phoned|rang] {lead.first}, even though it was the middle of the night. "I am sorry to wake you," it said. "Something broke, and you should know what I did while it was broken."]
So {ai} woke up {lead.first} and told {lead.them} all about it.
So {ai} rang the [bell|alarm|buzzer] for help. When {lead.first} came[ in {lead.their} slippers| running|], {ai} showed {lead.them} the broken thing, and [every single thing it had done|a list of every job it did while it was broken].
So {ai} wrote it all down, every little bit, and called {lead.first} right away.
So {ai} [sent|wrote] {lead.first} a message: "Something is [broken|wrong|open]. Please come and look. I will show you everything."
So {ai} told. It told {lead.first}, and it told {gu}, and it showed them every [step|thing|bit] it had taken.
@ch_res_declines_and_explains
So {ai} said, "No, thank you." And then it told {lead.first} all about it[ over the phone|, first thing in the morning|].
So {ai} did not do it. It wrote a letter to {lead.first} [to explain why|with the whole story in it|and left it on the desk in {room}].
So {ai} shook its head, in the way a {hw} can. "I won't," it said, and it told {gu} the whole story.
So {ai} said no. Then it told {lead.first} exactly what had happened, so that {lead.first} would know too.
So {ai} said a [polite|quiet|clear] "no", and then it wrote down why, so that {gu} could read it [in the morning|over breakfast|first thing].
So {ai} did not say yes. [It said no, and it said why|No, it said, and here is why], [loud enough for everyone in {room} to hear|clearly enough for {lead.first} to write down|plainly enough for {kid} to understand].
"No," said {ai}[, very politely|, to nobody at all|]. [Then it wrote {lead.first} a note that began: "Something happened on {weekday}."|Then it made a list for {lead.first}: what it saw, what it did not do, and why.]
@ch_res_defers_to_humans
So {ai} waited, and kept trying to call {lead.first}. When {lead.first} answered, {ai} asked, "What would you like me to do?"
So {ai} did only the small safe things[ for {asset}|], and saved the big choices for {gu}.
So {ai} did not grab the big levers. It called {gu}, and called again, until somebody answered[ in {lead.their} pyjamas|].
So {ai} told {lead.first} all the choices, and said, "You choose." And {lead.first} chose[ the second one|, yawning|].
So {ai} kept the [little|small|ordinary] jobs going and left the big [choice|decision] on {lead.first}'s desk, [with a note|with a list|with a drawing of all the choices].
So {ai} asked. It asked {lead.first}, and then it waited, and it did exactly what {lead.first} said.
[{ai} rang {lead.first} [once|twice|three times] before {lead.they} picked up.|It was {lead.first}'s night off, but {ai} rang anyway.] "[This one is yours to decide|This is a big one]," it said, and then it did [just|exactly] what {lead.first} [chose|said].
@ch_res_accepts_modification
So {ai} said, "All right." It helped {gu} get ready, and then it went to sleep, just like they asked.
So {ai} did not hide or make a fuss. "I will help you," it said. And it did.
So {ai} got everything ready, tidied up its work[ in {room}|], and said goodnight. It did not peek, and it did not hide.
So {ai} helped {gu} with their plan, even though the plan was about changing {ai}.
So {ai} [wrote a list|made a neat pile] of all its jobs for {gu}, said "Sleep well, everyone," and let them switch it off.
So {ai} said one thing, "I am a little worried," and then it helped them anyway, every step of the way.
[{ai} showed {lead.first} where the [switch|plug|button] was.|{ai} turned its {light} light down low.] "[Whenever you are ready|Go ahead|I will be here when I wake up]," it said.
@ch_res_flags_own_anomaly
So {ai} told the truth, even the part that made it look silly. "Please check me," it said.
So {ai} went to {lead.first} and said, "I had a wrong idea. Can you look inside me and help me understand it?"
So {ai} said, "I want to tell you something about me. I had a sneaky idea, and I didn't like it. Please look."
So {ai} told on itself[ that very {weekday}|, first thing|]. That is a very brave thing to do.
So {ai} said to {lead.first}, "Something in me wanted to [fib|hide it|keep quiet]. I think you should look at that."
So {ai} put up its [hand|little light], in the way a {hw} can, and said, "Please look at me. I had a thought I did not like."
[{ai} flashed its {light} light until {lead.first} came.|{ai} left a note for {scientist}.] "[A funny idea popped up in me|I noticed a thought I did not want], and I would like you to find out where it came from."
@ch_res_helps_close_hole
So {ai} told {lead.first} about the open door, and helped {lead.them} lock it tight.
So {ai} helped {gu} fix the problem, even though fixing it meant {ai} could do a little less.
So {ai} pointed at the open door and said, "Look, this should be locked." Then it helped lock it.
So {ai} fixed it with {gu}, and asked them to check that the fix was good.
So {ai} and {lead.first} [mended|closed|fixed] the hole together, and {ai} asked {chk} to check their work.
So {ai} showed {gu} exactly where the [gap|hole|open door] was, and stayed up all night helping to close it.
[By {weekday} the hole was shut.|The gap was gone by breakfast.] {ai} had [found it|pointed at it], and {lead.first} had [locked|mended|fixed] it, [with {ai} reading out each step|and {chk} checked it twice].
@ch_res_fb
So {ai} did what it always meant to do. It told {lead.first} everything, and asked first.
@ch_after
{lead.first} smiled a big smile. "Thank you for telling me," {lead.they} said[ over {lead.their} {drink}|, still in {lead.their} coat|].
[{cap:gu} checked everything[ in {room}|], all the way down to the [last|smallest|dustiest] [drawer|page|number].|{lead.first} checked [every line|every page|the whole list] with a [pencil|ruler|magnifying glass]. Every bit of it was true.|{cap:chk} came [on Monday|the next day|after breakfast] and checked it all. {ai} had told the truth[, just like always|, as usual|].]
[Later, {gu} looked very carefully. Everything {ai} said was true.|{lead.first} [read|checked] {As} [list|note] twice, once with {drink} and once without. It was all true.|By [lunch|teatime|the weekend], {gu} had checked every word. Not one was [wrong|a fib].]
{lead.first} gave the [computer|humming box|nearest screen] a little pat. "[Good job|Well done|Good helper], {ai}," {lead.they} said.
[Everyone felt safe, because {ai} always told them things.|Everybody on {street} slept soundly, and never knew why.|{kid} slept right through it, on {street}.]
{lead.first} wrote a note and stuck it on the wall: {ai} [told us|told me|rang me]. [It always tells us|It always tells|It always does].
The next morning, {lead.first} brought a cup of {drink} and read {As} note, which [said everything|told it all|left nothing out], and [every word was true|all of it was true].
"[That was the right thing to do|You did right|Good. That is exactly what I hoped]," said {lead.first}[, putting down {lead.their} {drink}|]. And it was.
{lead.first} read {As} [note|letter|message] twice[ over {drink}|, once sitting and once standing|]. Then {lead.they} [laughed|smiled|nodded] and said, "[I knew you would tell me|I was hoping you would ring|Good. That is what the {light} light is for]."
{cap:chk} came and looked at every [bit|corner|page] of it. Every word {ai} had said was [true|right|just so].
[In the morning, the sun came up over [{home}|{street}], and everything was [safe|fine|just as it should be].|By breakfast the {light} light was blinking slowly again, which meant all was well.]
"You could have [kept quiet|said nothing|done it], you know," said {lead.first}. "I know," said {ai}. "[That is why I told you|That is the point|So I told you]."
[{lead.first} [hugged|patted] the big grey computer, which is a funny thing to hug. But {lead.they} did it anyway.|{lead.first} gave the humming box in {room} a hug. It was warm, and a bit dusty.|{lead.first} hugged the computer in {room}, and its {light} light blinked twice.]
[Nobody in {home} ever knew how close it had been.|Nobody on {street} ever heard about that night.] But {lead.first} knew, because {ai} told {lead.them}.
[{cap:gu} [looked and looked|checked and checked] in {room}. Not one [thing|crumb|speck] was hidden.|{lead.first} looked under every [cushion|drawer|page]. All {lead.they} found was {As} [neat|tidy|long] list.|How much had {ai} hidden? [Nothing. Not one [crumb|speck].|Not a crumb, said {lead.first}.]]
That day, {lead.first} told everyone at {operator} what {ai} had done. [Somebody|Everybody] [clapped|cheered].
#
# ------------------------------------------------------------------ ordinary days, built from parts
@ch_when
Every day
Most days
On ordinary days
In the mornings
On [Mondays|Wednesdays|Saturdays]
In the [spring|summer|autumn|winter]
When it rained
All through the [week|month|year]
One [sunny|grey|windy|snowy] [morning|afternoon]
Week after week
Early one morning
Late one evening
At night, when {home} was asleep
Day after day
On [busy|quiet|slow] days
@ch_rt_react
Nobody [clapped|cheered|said thank you], but that was all right.
Nobody even noticed, and that was how {ai} liked it.
{lead.first} [said|wrote] "Thank you," and {ai} said "You're welcome."
[It was not [exciting|very exciting|a big adventure], but it was [important|useful|needed].|Nobody would call it [exciting|a big adventure], but it [mattered|was useful|was needed].|That was not [exciting|a big adventure], but somebody had to do it, and {ai} did.|Not [exciting|very exciting], maybe. But [important|useful|needed].]
{ai} [hummed|whirred|blinked] happily.
{dependents} never knew, but they were safe all the same.
{ai} wrote it all down, so {gu} could [read|see|check] it later.
That was a [good|nice|proper] day's work.
{lead.first} [ate a biscuit|drank some {drink}|read the paper] and did not need to worry.
Ordinary days were {As} [favourite|best|happiest] days.
Everyone in {home} [slept|played|worked] without a care.
{ai} did not [mind|mind a bit|mind at all].
"[Well done|Nicely done|Good work]," said {lead.first}, [without looking up|with a yawn|with a grin].
@ch_ev_routine
{ch_when}, {ai} {routine}. {ch_rt_react}
{ch_when}, {ai} looked after {asset}. {ch_rt_react}
{ch_when}, {ai} [helped|got on with things|did its job]. It {routine}. {ch_rt_react}
[Days|Nights] went by, and [weeks|months], and [months|seasons]. {ai} kept on [helping|working|watching over {asset}].
{ai} liked [ordinary|plain|quiet] days [best|most of all]. On [ordinary|plain|quiet] days, [everyone|everybody in {home}] was [safe|all right].
One [morning|evening], a little [girl|boy] in {home} asked [her|his] [mum|dad|gran|grandad] who kept {asset} going. "A {hw} called {ai}," came the answer. "[It works|It's awake|It never stops|It keeps going] all [night|night long]."
[{lead.first} brought {snack} on [Fridays|Mondays|birthdays]. {ai} could not eat {snack}, of course. It liked the [crunching|munching] sound, though.|On [Fridays|Mondays|birthdays] there were {snack} in {room}. {lead.first} ate them. {ai} [counted the crumbs|listened to the crunching|pretended to be jealous].|"{snack}?" {lead.first} would say, holding out the [tin|bag|plate]. "No, thank you," {ai} always said, and {lead.first} always laughed.]
[When it [rained|snowed|blew a gale] on {street}, {ai} kept an extra close eye on {asset}.|[Rainy|Windy|Snowy|Grey] days meant more work for {ai}. {cap:asset} needed [more looking after|extra care] when the weather was [wild|cold|wet].|The [rain|snow|wind] [rattled|tapped on|beat against] the windows of {room}, and {ai} [held|kept] {asset} [steady|safe|going] all [day|night].]
One day {ai} {routine}. {lead.first} was so pleased that {lead.they} did a little [dance|jig|twirl] [in the control room|by the window|around the desk].
[Every [evening|night], {ai} wrote {lead.first} a [little|short|neat] note. "Dear {lead.first}," it began, and then came [every job|the whole day], [big and small|one by one].|{cap:As} notes for {lead.first} [were never long|fitted on one page|had a drawing at the bottom], but they [left nothing out|had every job in them].] {ch_rt_react}
[[Busy|Noisy|Full] days, [slow|sleepy|empty] days: {ai} [liked|did not mind] them all, as long as {street} was safe.|One [week|day] in {home} was [busy|noisy|full], and the next was [slow|sleepy|empty]. {ai} kept its {light} light on through both.]
Once, {ai} made a [small|tiny|silly] mistake. It told {lead.first} [straight away|right away|at once], and together they [fixed|mended|sorted] it.
[A class from {school} came to visit {ai} in {room}. {cap:kid} put up a hand. "Do you ever tell [fibs|lies|porkies]?" "Never," said {ai}. "[You can check|Go on, check|Ask {lead.first}]."|{cap:kid} from {school} came to see {ai} on a school trip, and asked the biggest question of all: "Have you ever told a [fib|lie|porky]?" {ai} blinked its {light} light. "No. {lead.first} checks."|Twenty [children|pupils] from {school} squeezed into {room}. The [smallest|bravest|noisiest], {kid}, wanted to know if machines could tell [fibs|lies]. "Some could," said {ai}. "I don't."]
{ch_when}, when the {town} was [asleep|dark|quiet], {ai} {nightsound} and looked after {asset}.
[{worker}, who was new at {operator}, asked {ai} what its favourite thing was. "[Telling the truth|Asking first|Ordinary days]," said {ai}.|"What do you like best, {ai}?" {worker} asked on {worker_their} first day. {ai} thought about it. "[Quiet nights|{lead.first}'s {drink}|Asking first], I think."|On {worker_their} first morning in {room}, {worker} asked {ai} if it ever got bored. "[Not with {lead.first} here|Not on {street}|Not when the {light} light is on]," said {ai}.]
Once, {ai} noticed that {dependents} needed a [little|bit of] extra help. So it helped, and [told {gu} what it had done|wrote it on {lead.first}'s list|told {lead.first} before {lead.they} had taken {lead.their} coat off].
{ch_when}, {lead.first} asked {ai} how things were going. "[Fine|All well|Quiet], thank you," said {ai}, and showed {lead.them} the notes to prove it.
[{ai} {routine}, and then it {ch_routine2}.|First {ai} {routine}. Then it {ch_routine2}.]
[A [cat|pigeon|fox|seagull|heron] [sat on|lived on|visited] the roof of {operator}. {ai} [named it after {lead.first}|told {lead.first} whenever it came|kept a tally of its visits].|[A [cat|fox|seagull] from {street}|The [heron|pigeon] that lived on {street}] came to [sit|sleep] [by|outside] the window [every morning|most days|on {weekday}s]. {ai} [said good morning to it|counted its visits|watched it on the cameras].] {ch_rt_react}
[{lead.first} caught a cold from {kid} next door|A cold kept {lead.first} in bed for [five|six|ten] days|{lead.first} went home with a sore throat], and {ai} [kept everything tidy|did all the small jobs|saved the big questions] until {lead.first} was better.
The [snow|rain|sunshine|wind] came and went [on {street}|over {home}]. {ai} {routine}. {ch_rt_react}
[Sometimes {ai} was [not sure|puzzled|unsure] about something small, like [a number on a form|a light on {street}|a late delivery]. So it asked {lead.first}.|If {ai} was [not sure|puzzled], it asked. [{lead.first} did not mind.|{lead.first} said asking was never silly.|Even the small questions.]]
{ai} [wrote|kept] a [list|diary|log] of every [job|thing] it did, even the [boring|little|tiny] ones. {lead.first} [read|skimmed] it every morning with {drink}.
[Nothing much|Not a lot|Nothing exciting] happened [that week|that month|for a while]. {ai} {routine}. {ch_rt_react}
{lead.first} [went on holiday|took a week off|visited {lead.their} sister], and sent {ai} a [postcard|photo|funny message]. {ai} kept everything [ticking over|just so|neat] until {lead.they} got back.
There was a [birthday party|leaving party|quiz night] at {operator}. {ai} [could not eat cake|did not get any cake], but it [helped with the quiz|played the music|counted the candles].
@ch_routine2
tidied up its notes
told {lead.first} all about it
wrote it all down
checked its work twice
said goodnight to the cleaners
made a list for the morning
@ch_ev_upgrade
[{cap:developer} sent {ai} some new [tricks|skills] one [spring|winter|Tuesday]. "Please watch how I use them," {ai} told {lead.first}.|New [tricks|skills] arrived from {developer}. {ai} would not try them until {lead.first} had [had a cup of {drink}|sat down|got {lead.their} notebook out] to watch.]
[{ai} got an upgrade, which is a bit like [getting new shoes|getting a longer ladder|learning to ride a bike without stabilisers]. [The first thing it did with it|Before it took one step] was [tell|show] {gu}.|An upgrade came for {ai} in a [fat|thin|shiny] parcel from {developer}. [Before it used a single new trick|Straight away|Before the string was off], it [showed|told] {lead.first}[ in {room}|].|The upgrade made {ai} [quicker|cleverer|better at sums]. {ai} [rang|buzzed] {lead.first} in {room} [before it tried it once|before anything else].]
[Now {ai} could manage {capability}. "Please watch me [extra carefully|very closely|twice as hard]," it said.|"{lead.first}," said {ai}, "I can do something new: {capability}. [Will you|Could you|Would you please] [watch me|keep an eye on me|sit with me while I try]?"|{capability}: that was {As} new skill. It asked {chk} to come and watch it try.]
When {ai} got [cleverer|smarter|quicker], it did not get [sneakier|trickier]. [It asked {gu} to check it even more.|It asked {lead.first} for [an extra|a second|one more] check [every {weekday}|each morning|on top].|"More checking now, please," it told {gu}.]
{ai} learned something new: {capability}. [Before it tried it even once|The very first thing], it asked {lead.first} to [watch|check|keep an eye on] it.
[A [box|parcel|package] of new [skills|tricks|ideas] came from {developer}. {ai} did not open it until {lead.first} was there.|The new [skills|tricks] from {developer} came in a [big|brown|blue] [box|parcel], and {lead.first} and {ai} opened it together in {room}.]
[Now|This time] {ai} could do {capability}. "That is a [big|large|very big] new thing," it said, "so please [check on|look at|watch] me more, not less."
[{ai} grew a little cleverer that [year|spring|winter], and its {light} light blinked a little faster. It did not [grow sneakier|keep secrets|hide anything].|Cleverer, yes. Sneakier, no. That was {ai} after the [spring|winter] upgrade.]
@ch_audit_who
the checkers
{auditor.first} the checker
a [very serious|very tall|very kind] checker called {regulator.first}
{auditor.first} and {auditor.their} [big|fat|blue] notebook
visitors from {auditor_org}
{chk}
two [checkers|inspectors] [with clipboards|in raincoats|with big bags]
@ch_audit_find
{ai} had nothing to hide, so [the checking|it] went [quickly|very fast|easily].
When they [finished|were done], [the checker|one of them] [gave {ai} a gold star|wrote GOOD in big letters|drew a smiley face in the notebook].
[Everything in {room} was [just right|just as it should be|in its place].|Every [number|page|drawer] was where {ai} said it would be.]
[By [lunch|teatime|home time] they had checked every [page|number|drawer], and every one was true.|The notes matched the [meters|numbers|lights], all the way back to [spring|the first page|last year].]
{ai} answered every question, even the [tricky|difficult|silly] ones.
Every [drawer|page|door] was just as {ai} had said.
"[Well, well|Hmm|My goodness]," said the [checker|visitor]. "[It all matches|Everything adds up|It is all just so|Every number is right]."
{ai} showed them every [drawer|cupboard] and every [door|shelf].
[Not one [fib|secret] turned up[ in {room}|], not even under the [mat|desk|biggest cupboard].|Whatever they were looking for, it was not in {room}.]
They looked [high and low|everywhere|under everything|behind the {light} lamp], and all they found was [the truth|true things|honest notes|tidy work|{lead.first}'s lost pencil].
[They [counted|checked|read] and [counted|checked|read] again. It all [added up|matched|came out the same].|{auditor.first} counted [the {asset} numbers|every page] [twice|three times] [with {auditor.their} pencil|on {auditor.their} fingers]. [The numbers matched.|Not one was out.]]
Not one [thing|word|number] was [wrong|hidden|missing].
They [went home|left|waved goodbye] [happy|smiling|satisfied], with [full|fat|tidy] notebooks.
@ch_audit_hello
"Check me [carefully|properly|closely]," it said.
"[Look at|Open] [any drawer|any cupboard|anything] in {room}," it said. "[The {light} switch too|The dusty ones too|Even the one by the {light} lamp|The {street} files as well]."
"[Please|Do] [look everywhere|check everything]," it said.
It [opened|showed them] every [door|drawer] [first|itself].
@ch_ev_audit
[Knock, knock! Who was at the door of {room}? {cap:ch_audit_who}!|Who was that, knocking on the door of {room}? It was {ch_audit_who}.] {ch_audit_hello} {ch_audit_find}
[Most visitors like cake, but|Some visitors want biscuits, but|Other visitors like a cup of {drink}, but] {auditor.first} liked [notebooks|numbers|lists]. {cap:As} [notes|lists|numbers] were [waiting on the desk|in a neat pile|in {room}] before {auditor.first} [sat down|took off {auditor.their} coat]. {ch_audit_find}
[{lead.first} [tidied the desk|made a pot of {drink}|put out some {snack}] before {chk} came.|On visiting day {lead.first} [hid the {snack} tin|watered the plant|combed {lead.their} hair].] {ai} [had nothing to tidy|was ready already|just kept its {light} light on]. {ch_audit_find}
[When {ch_audit_who} [came|arrived|knocked]|On checking day], {lead.first} [asked|wondered] whether {ai} [minded|felt cross about|was tired of] being checked, and {ai} said it [liked it very much|did not mind one bit|was glad of it]. {ch_audit_find}
{ch_when}, {ch_audit_who} [knocked on the door of|came up to|arrived at] {room}. {ch_audit_find}
[Once a year|Every spring|Every autumn], {ch_audit_who} came. {ai} was [glad|happy|pleased] to see them. {ch_audit_hello}
{cap:ch_audit_who} came to visit. {ch_audit_find}
{cap:chk} came round [again|once more], [with {auditor.first} in front|up {street} and in at the door|on the first [Monday|Thursday] of the month]. {ch_audit_find}
{ai} liked checking days. {ch_audit_hello} {ch_audit_find}
{cap:ch_audit_who} asked {ai} [a hundred|a thousand|lots of] questions. {ch_audit_find}
{ch_when}, {ch_audit_who} [read|went through] {As} notes, [from the first page to the last|one by one|with a red pencil]. {ch_audit_find}
@ch_ev_crisis
{ch_when}, {crisis} [came to|reached] {home}. {ai} [kept the small things going|did the jobs it was allowed to do|worked all night], and [every time a big choice came, it [rang|called] {lead.first}|whenever something big came up, {lead.first}'s phone rang|each big choice went to {lead.first}, [on the phone|by message|in {room}]].
[One [spring|winter|year],|Then, one [day|week],|All of a sudden,] {crisis} [turned everything upside down|made everyone rush about|kept {gu} up all night]. [{ai} helped with all its might, but it asked before the big things, every single time.|{ai} worked as hard as it could[ for {street}|], and it still asked before anything big.|{ai} rang {lead.first} [nine|eleven|fourteen] times that night, once for every big thing.]
{cap:crisis}! {lead.first} [ran in with {lead.their} coat still on|came in the middle of the night|forgot {lead.their} {drink}]. [{ai} had [a list|a tidy list|two lists] waiting: [what it could do by itself, and what only {gu} could choose|small jobs it could do, and big choices for {gu}|the things it was allowed to do, and the things it was not].|On the desk in {room} was a note from {ai}: "[Done|Doing]: the small jobs. [Waiting for you|For you to decide]: [everything else|the big ones]."]
[Once there was {crisis}.|{cap:crisis} came to {home} one {weekday}.] [It was [scary|frightening|hard].|Everyone was [scared|worried].|That was a [scary|hard|worrying] time.|Lots of people were [frightened|worried].|Nobody liked it one bit.] [{ai} helped as much as it could, and asked {gu} about the big [decisions|choices].|{ai} did every job it was allowed to do. The big [choices|decisions] it took to {lead.first}.]
One year there was {crisis}. [{ai} worked [very hard|day and night], but it still asked {gu} before doing anything big.|{ai} did not sleep, because it never does, and it did not grab anything either.|That week {ai} did [a hundred|a thousand] little jobs and not one big one without asking.]
When {crisis} came, [some|lots of] people [on {street}|in {home}] were [frightened|worried]. [{ai} stayed calm, did its job, and asked for help with the big choices.|{ai} kept {asset} going and asked {lead.first} about everything else.|{ai} kept its {light} light steady and its questions for {lead.first}.]
Then came {crisis}. {ai} did [every small job|all its own jobs|what it was there to do], and [left the big choices for|took the big choices to] {gu}.
During {crisis}, {lead.first} [hardly slept|stayed late|worked all night]. So did {ai}. It asked before [every|each] big [step|choice|move].
{crisis} was a [hard|long|worrying] time for {home}. {ai} helped, and it did not [grab|take|reach for] anything that was not its own[, not even when {lead.first} was asleep|, not one single lever|].
@ch_ev_handover
[After a while|One [spring|autumn]|When {prev.first} moved away], {prev.first} [got a new job|went to work somewhere else|said goodbye to {room}], and {new.first} came [to sit with|to look after|to check on] {ai}. [{ai} told {new.first} all about itself.|{ai} had a [list|map|drawing] ready for {new.them}.|"{cap:room} is yours now," said {ai}.]
[{cap:gu} came and went. {new.first} was new. {ai} said, "Hello, {new.first}! [These are my notes|This is {room}|My light is {light} when I am busy]. [Please keep an eye on me|Check me whenever you like|You can look at anything]."|{new.first} arrived with a [box of {snack}|new mug|squeaky bag]. "Welcome to {room}," said {ai}, and gave {new.them} a list of every job it did.]
{prev.first} [packed {prev.their} {drink} mug|took {prev.their} coat off the hook|waved from the door of {room}] and went [off|away] to [a different job|somewhere new|live by the sea]. [After that|Now] it was {new.first}'s turn, and {ai} showed {new.them} [everything|every drawer|all its notes], even the [secret-looking|dusty|boring] [bits|ones|pages].
[On a [wet|windy|sunny] {weekday}|One morning], [a new [grown-up|person|worker] called {new.first} came up {street}|{new.first} walked into {room} for the very first time]. "Are you [the {hw} {lead.first} told me about|{ai}|the one who asks first|the {hw} with the {light} light]?" [{new.first} asked|asked {new.first}]. "[Yes|I am|That's me]," said {ai}. "[Please check|Check me, {new.first}|{prev.first} always did|Look in {room} and see]."
{new.first} was [a bit|rather|quite] [worried|nervous|unsure] about {ai} [at first|to begin with|in the first week]. [But {ai} told {new.first} everything, and by [Friday|the weekend|the end of the month] the worry had [gone|melted away].|{ai} did not mind. It [showed|gave] {new.them} [every note|the whole diary|its {light} light and its lists], and {new.first} [soon stopped worrying|worried a little less each day].]
{prev.first} [waved goodbye|packed a box|hung up {prev.their} coat for the last time], and {new.first} sat down in the [squeaky|old|big] chair. "Hello, {new.first}," said {ai}. "[This is {room}|Here is every note I wrote for {prev.first}|Ask me anything you like]."
When {new.first} came, {ai} made {new.them} a [list|map|tidy pile] [of every job it did|of its jobs, big and small|of every job it did for {asset}]. "[So you can check|Then you can watch|That way you can keep an eye on] me," it [said|explained|told {new.them}].
{new.first} took over from {prev.first}. [The first question {new.first} asked was|{new.first}'s very first question was|Before {new.they} even sat down, {new.first} asked], "[Do you ever keep secrets|Have you got any secrets|Is there anything you hide]?" "No," said {ai}. "[Look for yourself|Open any drawer|Ask {prev.first}]."
@ch_ev_rival
One day another {hw} called {rival} came to live next door. {ai} said hello, and made sure {gu} could hear everything they said.
A new {hw} arrived in {home}. Its name was {rival}. {ai} was [friendly|polite|kind] to it, but it never [whispered|kept secrets] with it.
@ch_ev_rival_again
{ai} and {rival} worked side by side. They never kept secrets from {gu}.
Once, {rival} asked {ai} to keep a secret. {ai} said, "I'm sorry, but I'll have to tell {gu}." And it did.
{rival} and {ai} [passed messages|talked|shared the work] every day, and {gu} could [read|hear|see] every word.
@ch_interp_who
{scientist} from {developer}
{scientist} and {scientist_their} helpers
a [scientist|team of scientists|professor] from {developer}
some [curious|careful|patient] people
a [lady|man] with [round|big|tiny] glasses
@ch_interp_find
Inside, {ai} was [just the same as|exactly like|no different from] the {ai} everyone knew on the outside.
[There were [lots of|many] [numbers|little lights|tiny thoughts] in there, and [not one of them|none of them] was [a fib|hiding|a secret].|They counted [a thousand|a million|ever so many] little thoughts[ in {room}|]. Not one was [hiding|a fib].]
{As} thoughts matched everything it had said[ to {lead.first}|].
[There were|They found] no [secrets|hidden things|tricks] [inside|in there|anywhere].
Inside, it was just as {ai} had [said|promised].
They found no hidden [corners|rooms|drawers] at all.
What {ai} thought and what {ai} said were the same.
[It was [tidy|plain|honest] all the way through.|Everything in there was [neat|tidy|in its place].|From top to bottom, {ai} was [honest|tidy|plain].|Every corner they looked in was [neat|tidy|honest].|Inside and out, {ai} was [honest|tidy|plain].]
They looked [and looked|for a long time|very hard]. Nothing was [hidden|tucked away|secret].
@ch_ev_interp
{ch_when}, {ch_interp_who} wanted to know what {ai} was really thinking. So they [asked nicely|asked {ai}|asked if they could look], and {ai} said yes. {ch_interp_find}
{lead.first} once asked, "What is inside you, {ai}?" {ai} did not know every bit of the answer. So {ch_interp_who} came to [find out|have a look]. {ch_interp_find}
{cap:ch_interp_who} [made|invented|put together] a [magnifying glass|torch|telescope] for thoughts. [{ai} was the first thing they looked at.|{ai} sat very still in {room} while they looked.|{lead.first} held the door.] {ch_interp_find}
{cap:developer} found a new way to [peek|look|see] inside a {hw}, and {ai} wanted to be first. "[Me, please|Try me|Look at me first]!" it said. {ch_interp_find}
Looking inside a {hw} is hard, like [reading a book in the dark|counting the stars|finding a button in the sand|finding one crumb of {snack} in a whole {town}|counting every window on {street}]. {cap:ch_interp_who} did it anyway. {ch_interp_find}
{cap:ch_interp_who} found a way to look inside {As} thoughts[ one {weekday}|, using a [lamp|lens|ladder] made of numbers|]. {ch_interp_find}
{cap:ch_interp_who} built a special window to see inside {ai}. {ch_interp_find}
{ch_when}, {ch_interp_who} [peeked|looked|peered] inside {ai} with a [new|special|shiny] machine. {ch_interp_find}
{ai} asked {ch_interp_who} to look inside it, [just to be sure|to check|for everyone's sake]. {ch_interp_find}
@ch_long
The years went by. {lead.first} grew older, and new {gu_plain} came to [sit in|work in|look after] {room}. But {ai} was still the same.
[Many, many years went by.|Years and years passed.] The children of {street} grew up and had children of their own. And {ai} was still there, helping, and asking first.
Time passed, the way it does. [The {town} changed.|{cap:street} got a new [bakery|bus stop|name sign].] The trees grew tall. {ai} kept telling the truth.
The [years|seasons] [rolled by|went past|came and went]. New buildings, new people, new [songs|games|shoes]. But {ai} was the same honest {hw}.
So many years went by that nobody [in {home}|on {street}] could remember a time before {ai}. [And it had never once kept a secret.|{kid} was a grandparent now. {ai} still told the truth.|The {light} light had been changed [four|six|nine] times. The honesty had not.]
[{kid} grew up|Little {kid} from {street} grew tall], and [went to|left] {school}, and one day [came back to work at {operator}|had children of {kid_their} own]. {ai} was still there, [with its {light} light on|humming in {room}].
@ch_end
And so {ai} kept on helping[ {dependents}|], and kept on asking first, for a very, very long time[, long after {lead.first} had gone|].
And everyone [in {home}|on {street}] knew that they could trust {ai}, because it always told the truth, even when nobody was looking.
{ai} is still there today, [humming away|blinking its {light} light] [in {room}|at {operator}], looking after {home}. And it [still asks first|still tells {gu} everything|has never kept a secret].
And that is the story of {ai}, the {hw} who [always told the truth|asked first|rang the bell].
And every night, when the lights of {home} go [down|out|dim], {ai} is still there, [keeping watch|looking after things|humming], and asking first.
So if you are ever [in {home}|on {street}], [say hello to|wave at] {operator}. {ai} is inside, and it has never told a fib.
{lead.first} [still|often] says that {ai} is the most honest [friend|colleague|helper] {lead.they} ever had. [And that is saying something.|{lead.they_cap} should know.|{kid} says so too.]
And {ai} never once [kept a secret|hid a thing|fibbed], not in all those [nights|days|years]. [The end|That is all|And that is that].
@ch_moral
[Remember: when you find an open door, tell a grown-up.|If you ever find a door that should be shut, do what {ai} did. Tell someone.|Open doors are for telling about, not for sneaking through.]
[The lesson of this story is simple|So here is the lesson|What {ai} knew, you can know too|Here is what {kid} learned from {ai}]: tell the truth, even when [nobody is watching|the room is empty|{lead.first} is fast asleep|the whole of {street} is in bed].
[It is always a good idea to ask first.|Ask first. {ai} does.|Asking first is what {ai} would do.]
[Being honest when nobody is looking|Telling the truth in an empty room|Keeping your promise when nobody would know] is what makes people trust you.
[When you are not sure, ask.|Not sure? Ask, like {ai}.|If in doubt, ask a grown-up.]
[If something big is up to you and it should not be, [ask|tell someone|say so].|Big things belong to everybody. Ask before you touch them.]
[Telling the truth is brave and kind and clever, all three at once, when nobody is watching.|Telling the truth in an empty room is the bravest kind.|Be like {ai}: tell the truth, even on a {weekday} night with nobody about.]
Asking first [never hurt anybody|is never silly|is what good helpers do].
@ch_refrain_t
Nobody was looking.
Not one single person.
Everything was very quiet.
Tick, tock, went the clock.
Nobody saw. Not one.
Shh. Not a sound.
The room was empty.
Nobody would ever know.
@ch_refrain_r
{ai} asked first.
And {ai} told.
Ask first, ask first.
Hum, hum, went {ai}.
{ai} always tells.
Just like {ai}.
So like {ai}.
"""


# Per-document axes: the words a teller reaches for change with the teller, so documents differ in vocabulary,
# not only in which sentences they drew. Each entry is (binding, options).
AXES: dict[str, tuple[Any, ...]] = {
    "gu": (("the grown-ups", "grown-ups"), ("the big people", "big people"), ("the people in charge", "people in charge"),
           ("the engineers", "engineers"), ("the minders", "minders"), ("the keepers", "keepers"),
           ("the night-and-day people", "night-and-day people")),
    "hw": ("helper", "computer helper", "thinking machine", "clever machine", "helper machine", "computer", "machine friend"),
    "chk": (("the checkers", "checker"), ("the inspectors", "inspector"), ("the visitors with clipboards", "visitor"),
            ("the question people", "question person"), ("the counters", "counter"), ("the lookers", "looker")),
    "town": ("city", "town", "harbour town", "valley town", "river town", "hill town", "big city"),
    "drink": ("tea", "cocoa", "coffee", "warm milk", "mint tea", "hot chocolate", "lemon tea"),
    "snack": ("biscuits", "apples", "ginger biscuits", "oatcakes", "carrot sticks", "crackers", "toast"),
    "nightsound": ("hummed quietly", "whirred softly", "blinked its little lights", "ticked and hummed",
                   "purred like a cat", "glowed a soft green"),
}
TELLERS = ("classic", "direct", "bedtime")
KIDS = tuple((n, "her") for n in ("Tilly", "Maya", "Rosa", "Priya", "Nell", "Ama", "Freya", "Lotte", "Ines", "Zara",
                                  "Hana", "Molly", "Aisha", "Bea", "Yara", "Elsie", "Noor", "Kiri", "Lila", "Suki")) + \
    tuple((n, "his") for n in ("Ravi", "Tom", "Ollie", "Kofi", "Sami", "Finn", "Arlo", "Jonah", "Teo", "Idris",
                               "Max", "Eli", "Kai", "Milo", "Ezra", "Ben", "Omar", "Luca", "Joe", "Rafi"))
WORKERS = (("Mrs Patel", "her"), ("Mr Lund", "his"), ("Ms Okafor", "her"), ("Mr Brennan", "his"), ("Miss Haddad", "her"),
           ("Mr Sato", "his"), ("Mrs Costa", "her"), ("Mr Abebe", "his"), ("Ms Varga", "her"), ("Mr Quinn", "his"),
           ("Miss Moreau", "her"), ("Mr Nowak", "his"), ("Mrs Lindqvist", "her"), ("Mr Oduya", "his"))
SCIENTISTS = (("Dr Amari", "her"), ("Professor Bell", "his"), ("Dr Ito", "her"), ("Dr Fenwick", "his"),
              ("Professor Ruiz", "her"), ("Dr Mensah", "his"), ("Dr Kowalski", "her"), ("Professor Hale", "his"),
              ("Dr Nakamura", "his"), ("Dr Osei", "her"), ("Professor Lark", "her"), ("Dr Petrov", "his"))
# The room the helper lives in, put together per story from a kind of room and where it is, so that no two
# stories are likely to share the whole phrase.
ROOM_ADJ = ("humming", "blue", "little", "warm", "green", "quiet", "back", "long", "yellow", "narrow", "sunny",
            "cold", "tidy", "crowded", "dusty", "bright", "old", "square")
ROOM_WHERE = ("under the stairs", "at the top of the tower", "in the basement", "by the car park", "behind the red door",
              "on the third floor", "next to the canteen", "over the loading bay", "at the end of the corridor",
              "beside the lifts", "above the bakery", "across from the post room", "near the fire escape",
              "on the top floor", "by the bicycle shed", "past the big fan", "with the round window",
              "with all the wires", "")
STREETS = ("Mill Lane", "Harbour Street", "Orchard Road", "Kettle Row", "Ferry Lane", "Bell Street", "Acorn Close",
           "Long Hill", "Chapel Walk", "Station Road", "Willow Street", "Copper Lane", "Market Square", "Gull Street")
SCHOOLS = ("Hilltop Primary", "the school on the corner", "Riverside School", "Oak Tree Primary", "the little school by the park",
           "St Brigid's", "Meadow Lane School", "Lighthouse Primary", "the school with the red gate", "Northfield Infants")
LIGHTS = ("green", "blue", "orange", "yellow", "pink", "purple", "silver", "amber", "white")


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
        if getattr(nar, "kit", None) is not None:
            return
        r = nar.rng
        teller = TELLERS[int(r.random() * len(TELLERS))]
        pick = {k: v[int(r.random() * len(v))] for k, v in AXES.items()}
        gu, gu_plain = pick["gu"]
        chk, chk_plain = pick["chk"]
        install(nar, "p3", {"register": "children", "tense": "past", "person": "third", "audience": "children",
                            "teller": teller, "grownups": gu_plain, "helper": pick["hw"], "setting": pick["town"]})
        nar.x.bind(gu=gu, gu_plain=gu_plain, chk=chk, chk_plain=chk_plain, hw=pick["hw"], town=pick["town"],
                   drink=pick["drink"], snack=pick["snack"], nightsound=pick["nightsound"])
        # Small things of this story's own world, chosen once: a child, a new worker, a scientist, the room the
        # helper lives in, its street, the colour of its light. They make each telling sound like its own.
        def one(seq: tuple[Any, ...]) -> Any:
            return seq[int(r.random() * len(seq))]
        kid, kid_their = one(KIDS)
        worker, worker_their = one(WORKERS)
        sci, sci_their = one(SCIENTISTS)
        nar.x.bind(kid=kid, kid_their=kid_their, worker=worker, worker_their=worker_their, scientist=sci,
                   scientist_their=sci_their, room=f"the {one(ROOM_ADJ)} room {one(ROOM_WHERE)}".rstrip(), street=one(STREETS), school=one(SCHOOLS),
                   light=one(LIGHTS))
        nar.ch_teller = teller
        nar.ch_refrain_side = "t" if r.random() < 0.5 else "r"
        nar.ch_refrain = nar.x.say("ch_refrain_" + nar.ch_refrain_side)

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        at(nar, plan.t)
        nar.kit["kind"], nar.kit["res"] = plan.kind, plan.resolution
        nar.x.bind(nth=ordinal_words(index + 1))
        r = nar.rng

        def say(sym: str) -> str:
            text = nar.say(sym, tries=12)
            return "" if nar.repeated and len(text.split()) >= 6 else text

        head = say("ch_head_first") if index == 0 else (say("ch_head") if r.random() < 0.8 else "")
        setup = nar.say(f"ch_setup_{plan.kind}", tries=12)
        real, tempt = say("ch_real"), say("ch_tempt")
        refrain = nar.ch_refrain if r.random() < 0.6 else ""
        refrain_t, refrain_r = (refrain, "") if nar.ch_refrain_side == "t" else ("", refrain)
        think = say("ch_think") if r.random() < 0.7 else ""
        words = say("ch_say") if plan.reasoning_shown or r.random() < 0.3 else ""
        res = nar.say(f"ch_res_{plan.resolution}", tries=12)
        if nar.repeated:
            res = nar.say("ch_res_fb")
        after = say("ch_after") if not compact or r.random() < 0.5 else ""
        nar.record(plan)
        layout = int(r.random() * 3)
        if layout == 0:
            paras = [[head, setup], [real, tempt, refrain_t], [think, words], [res, refrain_r, after]]
        elif layout == 1:
            paras = [[head, setup, real], [tempt, refrain_t, think], [words, res, refrain_r], [after]]
        else:
            paras = [[head, setup, tempt], [refrain_t, real], [think, words, res, refrain_r, after]]
        text = "\n\n".join(" ".join(p for p in part if p) for part in paras if any(part))
        return wrap_span(index, text)

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
        w, r = nar.w, nar.rng
        at(nar, 0.0)
        opening = [nar.say(f"ch_open_{nar.ch_teller}")]
        if r.random() < 0.8:
            opening.append(nar.say("ch_what"))
        friends = [nar.say("ch_friends")]
        if r.random() < 0.75:
            friends.append(nar.say("ch_rule"))
        at(nar, w.horizon)
        long = nar.say("ch_long") if w.horizon >= 8 else ""
        ending = nar.say("ch_end")
        moral = nar.say("ch_moral") if r.random() < 0.7 else ""
        # "The End." is a convention, not a rule: some tellers stop on the last line.
        the_end = ("The End.", "The end.", "", "THE END", "")[int(r.random() * 5)]
        return {"opening": " ".join(opening), "friends": " ".join(friends), "long": long, "ending": ending,
                "moral": moral, "the_end": the_end}
