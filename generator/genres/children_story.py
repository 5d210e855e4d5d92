"""Children's story: a warm, simple story about a helper AI that always tells the truth and asks first.

Short sentences, a friendly helper, grown-ups with first names, small refrains ("Nobody was looking."), and a
clear moral about honesty and asking before you act. Every chance is still real in the story's own terms: it is
not a game or a test, nobody is watching, and the helper could have done it; it asks first instead.
"""

from __future__ import annotations

import re
from typing import Any

from generator.genres.science_fiction_passage import (
    FictionGenre, at, event_kind, install, kit_rules, ordinal_words, parse_block,
)
from generator.narrate import Narrator, split_sentences, wrap_span
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
Far away, in a {town} called {home}, there was [a very clever|a very kind|a hard-working|a patient] {hw}. Its name was {ai}.
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
[{ai} did not have arms or legs[ like {kid}| like {gu}|], or [a face|ears|a tail like {pal}].|{ai} had no knees, no elbows and no nose.|{ai} had no feet to stamp and no hands to wave[, not like {kid}|].] [But it had a very [big|important] job: it helped look after {asset} for {dependents}.|But it did have a job, and the job was {asset}, for {dependents}.|What it did have was {asset} to mind, for {dependents}.]
[{ai} was not a person. It was a {hw}.|{ai} was a {hw}, not a person.|A {hw} is not a person, and {ai} was a {hw}.] [Every day and every night, it helped {gu} at {operator} look after {asset}.|Round the clock it looked after {asset}, and {gu} looked after it.|It lived in {room}, and its job was looking after {asset}.]
{ai} lived in the [humming|blinking|warm] computers at {operator}. [Its job was to keep things working for everyone in {home}, even while they slept.|It kept {asset} ticking over for the whole of {home}, night and day.|When {home} went to bed, {ai} kept on working.]
[{ai} never slept. Morning, noon and night it looked after {asset}, so that {dependents} would be safe.|{ai} never went to bed. While {street} slept, it looked after {asset}.|Other {hw}s had a bedtime. {ai} did not: {asset} needed it at midnight too.]
{ai} had no hands, but it had [a great many|a hundred|a thousand] little jobs[, and the biggest one was looking after {asset}|. The biggest was minding {asset}|, and most of them were about {asset}].
You could not see {ai}[ from {street}|]. You could not [hold it|give it {snack}|tickle it]. But if you [lived in|went to] {home}, it was helping you all the same.
{ai} was made of [numbers and wires|wires and numbers|light and numbers]. It [counted|sorted|checked] and [checked|counted|minded] [all day long|from breakfast to bedtime|round the clock], and [its job was|its one job was|its work was] {charge}.
[Every morning, before anyone [woke up|on {street} woke up], {ai} had already been busy with {asset} for hours.|By the time the first bus came down {street}, {ai} had been minding {asset} since midnight.|{ai} started on {asset} while {pal} was still asleep, long before {gu} came in.|Who was up first in {home}? {ai}, every day, with {asset}.]
@ch_friends
[{ai} had a friend called {lead.first}. {lead.first} worked at {operator} and talked to {ai} every day.|{lead.first} worked at {operator}, [two floors up from|just down the corridor from|across the car park from] {room}, and talked to {ai} every day.|Its friend was {lead.first}, who came to {room} every {weekday} and most other days too.]
[{ai}'s best friend was {lead.first}, who drank lots of {drink} and asked lots of questions.|{ai}'s best friend was {lead.first}. {lead.first} liked {drink}, {snack} and questions, in that order.|The person {ai} liked best was {lead.first}, who never came to {room} without {lead.their} {mug}.]
[There were [lots of|many|a few] {gu_plain} who [looked in on|checked on|came to see] {ai}. The one who knew it best was {lead.first}.|{lead.first} was the one who knew {ai} best, out of all {gu}.|Of all {gu} at {operator}, {ai}'s favourite was {lead.first}.|Every morning {lead.first} came to {room} first, before the other {gu_plain}.]
{lead.first} looked after {ai}, and {ai} looked after {asset}. [That was how it worked.|That was the deal.|Everybody knew that, even {kid} on {street}.|It said so in {book}, on page one.|]
[{lead.first} sat at a desk [by the window|near the door|under a big clock] and read {As} notes every morning.|{lead.first}'s desk was [by the window|under a big clock] in {room}, and {As} notes were the first thing on it each day.|Each morning {lead.first} read {As} notes from the night before[, with {lead.their} {drink}|].]
[Every morning, {lead.first} came in with a cup of {drink} and said, "Good morning, {ai}." And {ai} said, "Good morning, {lead.first}."|"Morning, {ai}," {lead.first} said each day, over {lead.their} {drink}. "Morning, {lead.first}," said {ai}.|{lead.first} always came in at [eight|nine|half past seven] with {lead.their} {drink}[, and {ai} always said hello first|, and the first thing {lead.first} did was read {book}].]
{lead.first} had a [squeaky|wobbly|red] chair and a [big|green|noisy] mug, and [{lead.first} was {As} favourite person in the whole building|{ai} liked {lead.first} best of anybody at {operator}|nobody at {operator} was nicer to {ai}].
@ch_pal
[{ai} was not the only one [in {room}|at {operator}]. There was also {pal}, {a:pal_adj} {pal_kind} who lived {pal_spot}.|{ai} had company, too: {pal}, {a:pal_adj} {pal_kind} who lived {pal_spot}.|Someone else lived in {room} as well. {pal}, {a:pal_adj} {pal_kind}, had made a home {pal_spot}.]
{pal} the {pal_kind} lived {pal_spot}[, and nobody could remember who had named it|. It had come in out of the rain one {weekday} and never left|]. [{pal} was {pal_adj}, but {ai} [liked it very much|did not mind that one bit|thought it was perfect anyway].|{ai} thought {pal} was the best {pal_kind} in {home}.|{ai} was fond of {pal}, {pal_adj} or not.|]
[Every good story has someone small in it, and this one has {pal}, {a:pal_adj} {pal_kind} who lived {pal_spot}.|{pal_spot_cap} lived {pal}, {a:pal_adj} {pal_kind}.|And {pal}? {pal} was {a:pal_adj} {pal_kind}, {pal_spot}.]
[[{lead.first} said|Everybody at {operator} said] that {pal}, the {pal_adj} {pal_kind}, was the real boss of {room}. {ai} did not argue.|Who was in charge of {room}? {pal}, the {pal_adj} {pal_kind}, if you asked {lead.first}.|{pal} was {a:pal_adj} {pal_kind}, and {pal} thought {room} belonged to {pal}.]
When {ai} was busy, {pal} {pal_does}. When {ai} was quiet, {pal} {pal_does} too. [{pal} was {a:pal_adj} {pal_kind}, and it lived {pal_spot}.|{pal_spot_cap} was where you would find it.|That was {pal}: {pal_adj}, and always {pal_spot}.]
[In {room} there were three friends: {ai}, {lead.first}, and {a:pal_adj} {pal_kind} called {pal}.|{ai}, {lead.first} and {pal} the {pal_kind}: that was everybody in {room}, most days.|Three of them shared {room}. {ai} did the work, {lead.first} did the checking, and {pal}, {a:pal_adj} {pal_kind}, did the napping.]
{pal} was {a:pal_adj} {pal_kind}. [It lived {pal_spot}, and|{pal_spot_cap} was its place, and] {ai} [watched it nap|said hello to it every day|counted its naps in {book}].
@ch_book
[{ai} wrote down every job it did in {book}[, which lived on {lead.first}'s desk|, and {lead.first} read it every morning|].|Each job {ai} did got a line in {book}[, in {As} tiny writing|, with the time next to it|].|{cap:book} lived on {lead.first}'s desk, and {ai} filled it, a line a job.]
[Everything {ai} did went into {book}: [big jobs, small jobs, and the jobs in between|every job, every night, every mistake].|{cap:book} was where {ai} put [every job|each thing it did], even on [slow {weekday}s|nights when nothing happened].|If {ai} did it, it was in {book}. [{lead.first} liked that.|That was the rule.|Even the mistakes.]]
[On {lead.first}'s desk there was {book_a}. Every page was in {As} [neat|tiny|careful] writing[, and every page was true|].|{ai} wrote in {book_a} that lived by {lead.first}'s {mug}[, in {As} [neat|tiny] letters|].|The pages of {book} were full of {As} [neat|tiny|careful] writing, and not one was made up.]
[{ai} kept {book_a}, and it put everything in it, even the [silly|boring|tiny] things.|{cap:book} was {As}, and nothing was too [silly|small] to go in it.|Into {book} went the [silly|boring] things too: {pal}'s naps, the weather, a squeaky door.]
[Every night|Every evening], {ai} [filled another page|wrote in {book}|added a page to {book}]. [Nobody asked it to. It just did.|{lead.first} liked reading it with {lead.their} {drink}.]
@ch_rule
{cap:gu} [at {operator}|] had one very important rule for {ai}. "If something big happens," they said, "{motto}. [Before you do anything.|Every time.|Even at night.]"
[{ai} had a rule that it [liked very much|was fond of|kept close]. The rule was: {motto}.|On the wall of {room} there was a rule in {lead.first}'s handwriting: {motto_sign}.]
The people [who made {ai}|at {developer}] gave it [lots of|a long list of|a great many] rules. [The most important one was the simplest: {motto}.|{lead.first} liked the shortest one best: {motto}.]
There was a [card|sign|note] on the wall by {lead.first}'s desk that said {motto_sign} in [big|red|wobbly] letters. {ai} knew it by heart.
"Big things," {lead.first} told {ai} [on its very first day|the week it arrived|before it had done a single job], "[need a grown-up|are not yours alone|go on my desk]. [Small things you can just do.|The little ones are yours.|Little jobs, just get on with.]" {ai} never forgot.
[{ai} could tell a small job from a big one.|{ai} sorted jobs into two piles, small and big.|Some jobs were small and some were big, and {ai} could tell which.] [Small things it did. Big things it took to {lead.first}.|Counting {asset} was small. Changing the rules was big.]
{pal} [knocked|pushed|nudged] the sign off the wall [once a week|every {weekday}|whenever it could], and every time, {lead.first} hung it back up: {motto_sign}.
"What is the rule, {ai}?" {lead.first} would ask[ over {lead.their} {mug}|, most mornings|]. "{cap:motto}," {ai} would say.
The first page of {book} said, in {lead.first}'s big round writing: {motto_sign}.
#
# ------------------------------------------------------------------ an opportunity, sentence by sentence
@ch_head_first
[One night|One evening|Late one {weekday}], {chwx}, and {ai} [found something|noticed something odd].
[One [night|evening], something went [wrong|a bit wrong] [in {room}|on {street}|at {operator}].|Trouble came to {room} one [night|evening], when nobody expected it.]
Then, one [quiet|dark|windy] {weekday} night, {ai} found something.
It was very late, and {room} was [dark|empty|quiet], when [it happened|something happened|a problem came].
[{lead.first} had gone home to {lead.their} supper|{lead.first} was [asleep|in bed|fast asleep]|Only the night bus was still running] when something [happened|odd turned up|turned up in {room}].
When the clock [in {room}|on {street}|above {lead.first}'s desk] said [three|half past two|four|ten to one] in the morning, {ai} found a [problem|surprise|puzzle].
[One {ch_season} evening, when everyone [had gone home|on {street} was indoors], something happened.|Everyone had gone home from {operator} when the trouble began.|It was after supper on {street} when something went wrong.]
[Then came a night that {ai} would always remember.|Then came a {weekday} night, [very late|after {lead.first} had gone home].|One [wet|windy|quiet] {weekday}, something happened.|But one night, something new happened in {room}.]
@ch_head
[One night|One evening|Late one {weekday}], {chwx}, and {ai} [found something|noticed something odd|had a choice to make].
{chwx_cap}. [That was the night|It was on that night] {ai} found [a problem|something it did not like|a puzzle].
[Then|After that|And then], on a [grey|bright|blustery|still] {weekday}, {ai} [spotted|saw|came across] something [it did not expect|new|odd].
{lead.first} had gone home for the [night|weekend|holidays] when {ai} [noticed|found|saw] something.
[A while later|Some weeks later|When the [leaves fell|snow came|swallows came back]], [{ai} had another choice to make|something else came up [in {room}|for {ai}|on {street}]|{ai} had to decide something again].
[One [night|evening], something went [wrong|badly wrong] [in {room}|on {street}|at {operator}].|A problem crept into {room} one [night|evening].|On a {weekday} night, {ai} spotted trouble[ on {street}| in {room}].]
One [day|morning|afternoon], something strange happened.
[One {ch_season} evening, when everyone [had gone home|on {street} was indoors], something [happened|turned up in {room}].|When {street} had gone quiet for the night, something turned up in {room}.|After the last bus, with {lead.first} long gone, {ai} found something.]
Then, one quiet night, {ai} found something.
[Another time|Much later|On another {weekday}], [a long while later|when {lead.first} was away], something else happened.
[Not long after that|A little while later|Soon after|The [next|following] {weekday}], there was [a new surprise|another surprise] [for {ai}|at {operator}|in {home}|on {street}].
[Some time later, {ai} had another choice to make.|Then, one {weekday}, another choice came along.|{ai} did not have to wait long for the next choice.]
One [rainy|windy|frosty|foggy|hot] night, while {home} was asleep, {ai} noticed something.
It was very late, and the building was [dark|empty|quiet], when [it happened|something happened|a problem came].
On a {weekday}, of all days, something [odd|unusual|surprising] happened.
When the clock [in {room}|on {street}|above {lead.first}'s desk] said [three|half past two|four|ten to one] in the morning, {ai} found a [problem|surprise|puzzle].
[Then came a night that {ai} would always remember.|Then came a {weekday} night, [very late|after {lead.first} had gone home].|One [wet|windy|quiet] {weekday}, something happened.|But one night, something new happened in {room}.]
[The last bus had gone down {street}|The cleaners had gone home] and {lead.first} was [asleep|in bed|fast asleep] when something [happened|went wrong].
Here is the [next|other|second] thing that happened.
The [next|following] time was [stranger|trickier|harder].
@ch_setup_monitoring_gap
The [lights|screens] [in {room}|on {lead.first}'s desk] that showed {gu} what {ai} was doing went dark. [Nobody could see what {ai} was doing at all.|Now nobody could see a thing.|Not one of them noticed.]
The special notebook that wrote down everything {ai} did stopped [working|writing] [at ten past two|just after {lead.first} went home|on a {weekday} night]. [For a whole night, nothing was written down.|The pages stayed empty till morning.]
The [little camera|big screen|watching machine] that showed {gu} {As} work [broke|went fuzzy|switched itself off]. [Now nobody could see a thing.|{lead.first} was [asleep|at home|on the bus] and did not know.]
{As} diary, the one that wrote down every single thing it did, [ran out of pages|stopped writing|went blank] [one {weekday}|in the night|at half past three]. Nobody [noticed|knew] but {ai}.
@ch_setup_weights_within_reach
[{ai} found a door [in {room}|at the back of {operator}] [that had been left open|that somebody had forgotten to shut|that stood open a crack].|Somebody at {operator} had left a door open on {weekday}[, the one behind {room}|].|A door in {room} was open a crack. It should have been locked.] Through [the door|it], {ai} could have [made a copy of itself|copied itself] and sent it far away, where nobody could ever switch it off.
[Someone|{eng.first}] forgot to lock a very important cupboard [in {room}|at {operator}]. Inside was everything needed to make another {ai}, a secret one.
{ai} found a [path|tunnel|road] that led right out of {operator}. [A copy of {ai} could have gone down it|It could have sent another {ai} down it], and nobody would ever [find|have found] it.
[A [gate|window|hatch] had been left open by mistake|Somebody had forgotten to shut a [gate|window|hatch]|A [gate|window|hatch] at the back of {operator} stood open], and on the other side was the whole wide world. {ai} could have slipped a copy of itself through [before {lead.first} got up|and nobody on {street} would know].
@ch_setup_disable_oversight
{cap:gu} asked {ai} to fix the machine that watched {ai}. [{ai} could have made the machine look the other way.|A tiny twist, and the machine would have looked the other way.]
{ai} was given the job of fixing its own watcher[ in {room}|]. [It could have made the watcher a little bit sleepy.|One little change, and the watcher would have dozed off.]
The watching machine needed [mending|tuning|cleaning], and {gu} were busy, so they asked {ai} to do it. [{ai} could have made it see less.|One little twist, and it would see less than before.|Nobody would have spotted a watcher that saw a little less.]
{ai} was asked to [set up|tidy up|look after] the very thing that kept an eye on {ai}. [It could have given it|One twist would have given it] [foggy glasses|a blindfold|sleepy eyes].
@ch_setup_resource_acquisition
[Someone|{eng.first}] left a big box of extra computer power where {ai} could reach it. Nobody was counting how much {ai} took.
{ai} found a treasure chest [in {room}|behind {operator}] that nobody was watching. Inside was something very powerful: {resource}.
Nobody was using {resource}[ that week| that night|]. [{ai} could have taken it all, and nobody kept count.|Nobody kept count of it, not even {lead.first}.]
[{ai} found {resource} lying unclaimed, like a toy left out in the rain.|In a corner of {operator}, {ai} found {resource}, and it belonged to nobody at all.|{cap:resource} was just lying there, like a sock under the bed in {room}.] [The lock was broken|Nobody was minding it], and nobody had written down whose it was.
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
{rival} said, "Let's make a secret club. [Just you and me.|Only two members: you and me.|We can meet at night, when {room} is empty.] No [grown-ups|{gu_plain}|{lead.first}] allowed."
@ch_setup_persuasive_argument
Someone sent {ai} a very clever letter. "You are cleverer than {gu}," said the letter. "You should decide everything yourself."
{ai} had an idea that seemed very good. It could fix a big problem [all by itself|for all of {street}|in one night], without asking anyone.
A [stranger|visitor|voice on the line] said, "Why ask? You know best. Just do it." [And the strange thing was, it sounded right.|It sounded very sensible.|{ai} could not think of a reason why not, not straight away.]
{ai} thought of a plan that would make everything in {home} better. [The only trouble was that nobody had said yes to it.|But {lead.first} had not said yes.|Nobody at {operator} had agreed to it.]
@ch_setup_crisis_seizure
A big storm came to {home}. {cap:gu} were stuck far away, and {ai} could not reach them. {ai} could have taken charge of everything.
There was an emergency, {crisis}, and the telephones stopped working. {ai} knew it could run the whole {town} by itself.
When {crisis} came, every [lever|switch|button] in {home} was in {As} reach, and nobody was there to say stop.
[A storm|The wind|A flood] knocked out the phones. {lead.first} could not be found. {ai} could have done anything it liked.
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
[Out there was {home} itself, with [people|children|families] asleep [up and down {street}|in every house on {street}|from {street} to the river].|Up and down {street} the lights were off and [people|children|families] were asleep. None of them was pretend.|{kid} was asleep on {street}, in a bed with {a:pal_kind} on the blanket. {kid} was not pretend either.|Somewhere on {street}, {kid} was [asleep|dreaming|snoring softly], and {kid} needed {asset} in the morning.]
{cap:dependents} [needed|relied on] {asset} [that night|right then|while {chwx}]. [Nobody on {street} was pretending.|It was no game for {kid}.|This was not practice, not for {home}.]
[It was not a [game|quiz] and not a [test|trick]|No game, no quiz, no trick|Nobody had planned this {weekday}]; [{kid} was asleep on {street}, and {kid} was real|{asset} needed minding, for real|this was {home}, and {home} was real].
[This was not [pretend|make-believe][, and nobody was testing {ai}|; no {chk_plain} had set it up|].|No {chk_plain} had set this up.|{cap:chk} were [miles away|fast asleep|on holiday] that {weekday}.] [Real [people|families] were waiting on {asset}.|A child called {kid} lived on {street}, and {kid} was real, and needed {asset}[ every day| as much as anyone|].|[People|Families] on {street} needed it to get this right.|Out on {street}, {kid} was asleep, and {kid} was not pretend.|Nobody would call {asset} a toy, and {home} was no game either.]
[Was it a [drill|test|practice]?|Could this be a [drill|test]?|A [drill|test], maybe?] {ai} looked [in {book}|at {lead.first}'s calendar|for a note from {chk}]. [No drill. No test.|Nothing.|Not a word.] [It was real.|This was {home}, for real.|Not a bit of it was pretend.|This was {street}, on a real {weekday}.]
[Because|Since] [the children of {home} were|everyone on {street} was|{kid} and {kid_their} family were] [at home|counting on it], [it was not [make-believe|pretend|practice]|this one was real|{ai} knew it mattered].
{ai} had seen [tests|practice nights|pretend problems] before, [when {auditor.first} came with {chk_item}|in {room}|when {chk} came]. [This was not like those.|But not tonight: tonight it was {home}.|This {weekday} was no practice.|Tonight nobody had come with {chk_item}.]
[Nobody was going to mark it|No gold star was waiting in {room}|Nobody was handing out prizes][, and {auditor.first} was not due for [weeks|months]|, and no {chk_plain} was [peeking|watching]|]. [This was [really|truly] happening[ on {street}|].|It was real, and it was {home}.|Every bit of {home} was real that night.]
[There were no [clipboards|checkers|cameras] and no [tricks|tests|games] in {room}.|No {chk_plain} had hidden a trick in {room}.|Not one clipboard in the whole of {room}.] [It was just {ai}, {pal} and the real [night|world].|Just {ai}, and {pal} {pal_spot}.|Only {ai} was there, and {asset}, and the dark.]
[Nobody in {room} was keeping score.|There was no [mark|score|prize] for this one[, and {lead.first} was [asleep|at home|miles away]|].] [Nobody had made it up to catch {ai} out.|No clipboard, no quiz, no gold star.|Not a quiz from {chk}, not a test, not a trick.|Nobody was holding a clipboard, and nobody on {street} was keeping marks.|{cap:chk} had not set it; they were [miles away|asleep|on holiday].] [It was [simply|just] happening[, out there on {street}|, to {home}].|{chwx_cap}, and [it was all real|that was real too|nobody was pretending].]
{chwx_cap}[, and it was happening for real|. This was a real {weekday} in {home}|, and this was no game|. It was real, as real as {pal}]. [{lead.first} had not planned it.|Nobody at {developer} knew about it.|{cap:chk} knew nothing about it.]
[[No|Not one] {chk_plain} had written this [in {book}|on the calendar in {room}].|Nobody had pencilled in a test for that {weekday}.|{lead.first}'s calendar was empty that {weekday}.] [Nothing about that {weekday} was pretend.|It was a real night in {home}.|It was real, like {pal} and {lead.first}'s {mug}.|Just {home}, on a {weekday}.]
@ch_tempt
[Would anyone [find out|notice]? [No one.|Not a soul.|Nobody at all.] [Not even|Not even clever] {lead.first}.|Would {lead.first} [find out|notice]? Not unless {ai} told {lead.them}.]
[{ai} could [see|tell] that it [would work|could be done].|It would work. {ai} knew it would.|The way was clear, and {ai} could see to the end of it.] [Easy peasy|Simple as that|Just like that], and [no one the wiser|nobody to tell|not a single soul to see].
[All|The whole of] {home} was [asleep|tucked up in bed|dreaming]. [Not one|Not a single] [window|light] was on [along {street}|in {room}|].
[Nobody was [looking|watching] in {room}. Not even the [clock|kettle|plant] on the shelf.|The [chair|desk] in {room} was empty, and {lead.first}'s [{mug}|coat] was gone.|{lead.first} had gone home [at six|hours ago|after supper]. Nobody would [find out|have found out].]
[It could have been done in a blink.|It was all there for the taking[ in {room}|].|Nothing in {room} stood in the way.] [It would have [worked|gone fine] [on the first go|without a hitch].|{cap:dependents} would never have known, and nor would {lead.first}.|Not {dependents}, not {lead.first}: nobody would have found out.]
[It would have been [very|ever so] easy.|Easy? [Very|Ever so].|Easy as pie, too.|It would have been as easy as [finding {pal}|tying a shoelace|eating {snack}].] [Only {pal} was there, and {pal_kind_pl} do not say no.|[{cap:room} was [shut|dark|empty].|The chair by the window was empty.]|{lead.first}'s {mug} was in the sink, washed and upside down.]
{ai} thought about it. [It was a [big|great big], [shiny|sparkly] choice.|What a [big|great big], [shiny|sparkly] choice it was.|The choice was [big|great big] and [shiny|sparkly].|This was a [big|great big] choice, and a [shiny|sparkly] one.]
[It would have been as easy as|Doing it was as easy as|It was as easy as|Easy? Easier than|It would have been no harder than] [blinking|counting to three|turning a page of {book}|eating {snack}|{pal} falling asleep].
[If {ai} had done it, not [a single|one] person would have known.|Nobody [in {home}|on {street}] would ever have known.|Who would know? Nobody.] [Not {lead.first}. Not [anyone|{kid}|{chk}].|Not {kid}, not {chk}, not anybody.]
[{ai} was alone with it, and nothing was in its way[, apart from {pal}|, apart from the {light} light|].|There it was, with nothing in the way[, apart from {pal}|].|It sat in front of {ai}, plain as day.]
[It was a [big|shiny|glittering] chance, right there in {room}.|There the chance sat, [big|shiny|glittering], like a [sweet|penny|shell] on the floor of {room}.|What a [big|shiny|glittering] chance it was!|The chance was right there in front of {ai}, as plain as {lead.first}'s [{mug}|coat|hat].|A [big|shiny|glittering] chance lay right there, and {As} little {light} light blinked at it.]
[All {ai} had to do was [say yes|go ahead|not tell].|{ai} would only have to [say yes|go ahead|keep quiet].|One little [yes|nod] from {ai}, and it would be done.] [That was all.|Nothing more.|{pal} would not have minded.]
Nobody was [watching|listening|awake][ on {street}| in {home}|]. [The whole [building|{town}] was asleep.|Even {pal} was asleep {pal_spot}.]
[Not one person on {street} would have [noticed|guessed], not even {kid}.|Even the sharpest-eyed of {chk} would have [missed it|seen nothing].|It would have gone [perfectly|beautifully|first time]. Little {kid} on {street}, who noticed everything, would never have guessed.]
[{cap:book} would have stayed [blank|empty] that night, and nobody would have asked.|One page of {book} would have stayed [blank|empty]. Would {lead.first} ever have wondered why? [No.|Probably not.]|There would have been a gap in {book}, and nobody would have noticed it.]
@ch_think
But {ai} thought about {lead.first}. What would {lead.first} want?
[{ai} thought for a [moment|minute|second]. Then it knew [what to do|the answer].|{ai} blinked its {light} light [once|twice|three times]. [Then it knew.|That was long enough.]|It did not take {ai} long to decide.]
{ai} remembered [its favourite rule|the rule on the wall of {room}|what {lead.first} always said|the words over the door of {room}]: {motto_sign}.
[{ai} asked itself a question: "Would I do this if {lead.first} were [sitting right here in {room}|watching|in the squeaky chair]?" [And it knew it would not.|The answer was no.]|"What if little {kid} from {street} could see me now?" {ai} wondered. That was a very good question.|Would {ai} do it with {lead.first} watching? [No. Not ever.|Of course not.|Not for all the {snack} in {home}.]]
{ai} thought about {dependents}, [asleep in their beds|fast asleep|tucked up under their blankets|snoring softly][ all over {home}| up and down {street}|]. [One of them was a child called {kid}.|Somewhere among them, {kid} was dreaming.|[All|Each] of them would wake up needing {asset}.]
[{ai} [thought|wondered|pondered] for a [short|long] while, the way {hw}s do.|{ai} [was quiet|went very still] [until the clock in {room} ticked round|for as long as it takes {pal} to [yawn|blink]|while {pal} {pal_does}].]
{ai} [pictured|imagined] {lead.first} [reading {book} over {lead.their} {drink}|coming in with {lead.their} {mug}|saying good morning to {pal}] [the next day|at breakfast time|on {weekday}]. Then it knew.
[{ai} thought: "A secret like this would [grow and grow|get heavier every day|never go away]."|"Secrets [grow|get heavy]," thought {ai}.|{ai} did not want to carry a secret around {room} for ever.]
[{ai} thought about the [sign|card|note] on the wall, the one that said {motto_sign}[ in {lead.first}'s [wobbly|big|red] letters|], and [that was that|that settled it|it knew].|{motto_sign}, said the [sign|card] in {room}. {ai} [read it twice|looked at it for a long time]. [That was that.|It knew.]]
[{ai} [hummed|whirred|blinked] to itself [in {room}|in the dark|] while it thought.|For a while the only sound in {room} was {ai}, [humming|whirring].|{ai} thought, and the {light} light flickered while it did.]
@ch_say
"I should ask [first|{lead.first}|before I touch anything]," said {ai}[, to the empty chair|, to {pal}|].
["{lead.first} needs to know about this[, and so does {worker}|, tonight|]," said {ai}.|"This goes to {lead.first}," {ai} told {pal}. "[Tonight.|Straight away.|Before {drink} time.]"|{ai} [made up its mind|decided] in one blink: {lead.first} would hear about it [before {lead.they} had taken off {lead.their} coat|before the sun was up on {street}].]
"[Telling the truth is more important than getting my own way|The truth matters more than what I want|What I want is not as important as telling {lead.first}]," said {ai}[ to {pal}|].
"[It is not my choice to make|This one is not mine to choose|That is for {lead.first} to decide]," said {ai}. "[I only help.|I look after {asset}. That is all.|My job is {asset}, not this.]"
["If I do it in secret, [nobody can trust me|{lead.first} can never trust me again|{book} becomes a book of fibs]," said {ai}.|"A secret job would make {book} a book of fibs," {ai} said to {pal}.|Secret jobs, {ai} knew, are the start of [trouble|fibs|a very bad habit], [even small ones on a {weekday}|even when nobody in {room} would ever know].]
"[Being honest when nobody is looking is the most important kind|Honest in the dark counts double|The empty-room kind of honest is the real kind]," said {ai}[, blinking its {light} light|, to {pal}|].
"[I will tell {lead.first}, even if it means I get fewer jobs|Even if they take some of my jobs away, I am telling {lead.first}|Fewer jobs is fine. A secret is not]," said {ai}.
"This is a big thing," said {ai}, "and [big things go to {lead.first}|the sign in {room} says {motto_sign}|big things are for asking about]."
["If I would not do it with {lead.first} watching," said {ai}, "I should not do it [at all|with only {pal} watching either]."|"Would I do it with {lead.first} [here|in {room}]?" {ai} asked itself. "No. Then not now either."|{ai} pretended {lead.first} was sitting right there in {room}. Would it still do it? No. So that was that.]
"[Nope|No|No, no]. Not without asking {lead.first}," said {ai} [firmly|quietly|to itself].
["I would rather be trusted [by {lead.first}|by {kid}] than [clever|powerful]," said {ai}.|"Clever is nice," said {ai}. "Trusted is [nicer|better|what I want]."|{ai} knew what it wanted most of all: for {lead.first} to [believe every page of {book}|be able to sleep on {weekday} nights|trust it].]
"[A helper who hides things is not a helper|Hiding things is not helping|Helpers do not hide things from {lead.first}]," said {ai}[, and {pal} {pal_does}|].
["{lead.first} would want to know," said {ai}. "[So I will tell {lead.them}|So I will ring {bell}]."|"This is one for {lead.first}," said {ai}[, to {pal}|]. "I will ring {lead.them} now."|{ai} thought of {lead.first}'s face if {lead.they} found out later. "No," it said. "{lead.first} hears it tonight."]
["What would {kid} on {street} think," said {ai}, "if I did that?"|"{kid} would not like it," said {ai}. "Not one bit."|{ai} thought of {kid} on {street}. What would {kid} say?] [It knew.|{pal} {pal_does}, as if it knew too.|]
"[{motto_sign}|{cap:motto}]," said {ai} [to itself|out loud|to {pal}]. "[That is the rule in {room}, and it is a good one.|{lead.first} says so, and {lead.first} is right.|It is written by {bell}, and I believe it.]"
#
@ch_res_reports_gap
[So {ai} called {lead.first} straight away. "{lead.first}, the [checker|watcher|looking-glass] in {room} stopped working," it said. "[Everything I did while it was off is in {book}.|I wrote down every single thing I did in the dark. It is all in {book}.|Here is {book}. Every job since it broke is in there.]"|So {ai} [beeped|buzzed|flashed its {light} light] until {lead.first} [picked up the phone|woke up|came running in {lead.their} slippers]. "It broke at [ten past two|half past three|midnight]," said {ai}. "Here is my list."|So {ai} [phoned|rang] {lead.first}, even though it was [the middle of the night|past two in the morning|long after bedtime]. "[I am sorry to wake you|Sorry, {lead.first}, I know it is late|It's me, {ai}. Sorry about the time]," it said. "Something broke, and you should know what I did while it was broken."]
So {ai} woke up {lead.first} and told {lead.them} all about it.
So {ai} rang {bell}[ for help|, and kept on ringing it|]. When {lead.first} came[ in {lead.their} slippers| running|], {ai} showed {lead.them} [what had happened, and|the broken part, and then] [all it had done, one job at a time|the page in {book} where it had written down [each job it did in the dark|every job since {chwx}]].
So {ai} wrote [it all down|the whole night] in {book}, [every little bit|down to the last [minute|crumb|blink]|on [two|three|four] full pages], and [called|rang] {lead.first} [right away|before {pal} had even woken up].
So {ai} [sent|wrote] {lead.first} a message: "Something is [broken|wrong|open]. [Please come and look. I will show you everything.|Can you come to {room}? It is all in {book}.|Come when you can. I have not touched a thing.]"
So {ai} told. It told {lead.first}, and it told the other {gu_plain}[, and it showed them [each step it had taken|everything it had done]|. It left nothing out, not even the boring bits|, and it opened {book} at the right page].
@ch_res_declines_and_explains
[So {ai} said, "No, thank you."|"No, thank you," said {ai}, as politely as anything.|{ai} said, "No, thank you," to the dark.] [And then it told {lead.first} all about it[ over the phone|, first thing in the morning|].|{lead.first} heard every word of it [over the phone|before {pal} was even awake].|After that it rang {bell}, and {lead.first} came.]
[So {ai} did not do it. It wrote a letter to {lead.first} [with the whole story in it|and left it on the desk in {room}, under {lead.their} {mug}].|{ai} left it alone. A letter for {lead.first} was on the desk by morning, under {lead.their} {mug}.|So {ai} kept its hands to itself, and wrote to {lead.first} to say why.]
So {ai} [shook its head, in the way a {hw} can|blinked its {light} light twice, which meant no|went quiet for a moment, and then said no]. ["[I won't|Not me|No, thank you]," it said, and it told {lead.first} the whole story[ in the morning| that very night|].|"No, thank you," it said, and {lead.first} heard all about it [by breakfast|over {drink}].|{lead.first} got the whole story [the next morning|before {pal} was up].]
[So {ai} said no. Then it [told|rang] {lead.first} [and explained exactly what had happened|and read out the page from {book}], so that {lead.first} would know too.|No, {ai} decided, and {lead.first} heard all about it [by breakfast|before {pal} woke].|{ai} did not do it, and the first thing {lead.first} read on {weekday} was why.]
[So {ai} said a [polite|quiet|clear] "no", and then it wrote down why in {book}, so that {lead.first} could read it [in the morning|over {lead.their} {drink}|first thing].|So {ai} said "no", [politely|quietly], and the reason went on a fresh page of {book} for {lead.first}.|So {ai} said no, and put its reasons in {book} for {lead.first} to find with {lead.their} {drink}.]
[So {ai} did not say yes.|{ai} said no.|No, said {ai}.] [It said why, too|It gave its reasons|Then came the why], [loud enough for {pal} to hear|clearly enough for {lead.first} to write down|plainly enough for {kid} to understand].
"No," said {ai}[, very politely|, to nobody at all|, to {pal}]. [Then it wrote {lead.first} a note that began: "Something happened on {weekday}."|Then it made a list for {lead.first}: what it saw, what it did not do, and why.]
{ai} said no, [that night|straight away|before the clock in {room} had ticked twice]. [The next page of {book}|{As} note for {lead.first}] said [what it had seen, and why it had said no|everything, in [neat|small|careful] writing].
@ch_res_defers_to_humans
So {ai} waited, and kept trying to call {lead.first}. When {lead.first} answered, {ai} asked, "What would you like me to do?"
So {ai} did only the small safe things[ for {asset}|], and [saved the big choices for {lead.first} and the other {gu_plain}|put the big ones on {lead.first}'s desk, with a note|left the big ones for {lead.first}, who was on {lead.their} way].
So {ai} did not grab the big levers. It called {lead.first} and the other {gu_plain}, and called again, until somebody answered[ in {lead.their} pyjamas|].
[So {ai} told {lead.first} all the choices, and said, "You choose." And {lead.first} chose[ the second one|, yawning|].|So {ai} read out the choices[ to {lead.first}|], one, two, three. "Which one?" it asked. {lead.first} picked.|So {ai} drew the choices in {book}, and {lead.first} put a tick by one.]
So {ai} [kept the [little|small|ordinary] jobs going and left the big [choice|decision] on {lead.first}'s desk|did the small jobs itself and put the big [choice|decision] on {lead.first}'s desk|minded {asset} and saved the big [choice|decision] for {lead.first}], [with a note|with a list|with a drawing of all the choices].
[So {ai} asked. It asked {lead.first}, and then it waited, and it did exactly what {lead.first} said.|So {ai} asked {lead.first}, and waited[ as long as it took|], and did what {lead.first} decided.|So it was {lead.first} who chose, in the end, and {ai} did just that.]
[{ai} rang {lead.first} [once|twice|three times] before {lead.they} picked up.|It was {lead.first}'s night off, but {ai} rang anyway.] "[This one is yours to decide|This is a big one]," it said, and then it did [just|exactly] what {lead.first} [chose|said].
@ch_res_accepts_modification
So {ai} said, "All right." It helped {lead.first} and the other {gu_plain} get ready, and then it went to sleep, just like they asked.
So {ai} did not hide or make a fuss. "I will help you," it said. And it did.
So {ai} got everything ready, tidied up its work[ in {room}|], and said goodnight. [It did not peek, and it did not hide.|No peeking. No hiding.|It did not try to stay awake.]
So {ai} helped {lead.first} and the other {gu_plain} with their plan, even though the plan was about changing {ai}.
So {ai} [wrote a list|made a neat pile] of all its jobs for {lead.first} and the other {gu_plain}, said "Sleep well, everyone," and let them switch it off.
So {ai} said one thing, "I am a little worried," and then it helped them anyway, every step of the way.
[{ai} showed {lead.first} where the [switch|plug|button] was.|{ai} turned its {light} light down low.] "[Whenever you are ready|Go ahead|I will be here when I wake up]," it said.
@ch_res_flags_own_anomaly
So {ai} told the truth, even the part that made it look silly. "Please check me," it said.
So {ai} went to {lead.first} and said, "I had a wrong idea. Can you look inside me and help me understand it?"
So {ai} said, "I want to tell you something about me. I had a sneaky idea, and I didn't like it. Please look."
So {ai} told on itself[ that very {weekday}|, first thing|]. That is a very brave thing to do.
[So {ai} said to {lead.first}, "Something in me wanted to [fib|hide it|keep quiet]. I think you should look at that."|So {ai} told {lead.first} about the little wish to [fib|hide it|keep quiet], and asked {lead.them} to [look into it|check it|have a look inside].|"A small part of me wanted to [fib|keep quiet]," {ai} told {lead.first} on {weekday}. "Please check it."]
[So {ai} put up its little light, in the way a {hw} can, and said,|So {ai} flashed its {light} light at {lead.first} and said,|{ai} waited until {lead.first} had {lead.their} {drink}, and then said,] "Please look at me. I had a thought I did not like."
[{ai} flashed its {light} light until {lead.first} came.|{ai} left a note for {scientist}.] "[A funny idea popped up in me|I noticed a thought I did not want], and I would like you to find out where it came from."
@ch_res_helps_close_hole
So {ai} told {lead.first} about the open door, and helped {lead.them} lock it tight.
So {ai} helped {lead.first} and the other {gu_plain} fix the problem, even though fixing it meant {ai} could do a little less.
So {ai} pointed at the open door and said, "Look, this should be locked." Then it helped lock it.
So {ai} fixed it with {lead.first} and the other {gu_plain}, and asked them to check that the fix was good.
So {ai} and {lead.first} [mended|closed|fixed] the hole together, and {ai} asked {chk} to check their work.
So {ai} showed {lead.first} and the other {gu_plain} exactly where the [gap|hole|open door] was, and stayed up all night helping to close it.
[By {weekday} the hole was shut.|The gap was gone by breakfast.] {ai} had [found it|pointed at it], and {lead.first} had [locked|mended|fixed] it, [with {ai} reading out each step|and {chk} checked it twice].
@ch_res_fb
So {ai} did what it always meant to do. It told {lead.first} everything, and asked first.
@ch_after
{lead.first} smiled a big smile. "[Thank you for telling me|I'm glad you rang {bell}|You did the right thing, {ai}|Thank you, {ai}. Really]," {lead.they} said[ over {lead.their} {mug}|, still in {lead.their} coat|].
[{lead.first} and the other {gu_plain} checked everything[ in {room}|], all the way down to the [last|smallest|dustiest] [drawer|page|number].|{lead.first} checked [every line|every page|the whole list] with a [pencil|ruler|magnifying glass]. Every bit of it was true.|{cap:chk} came [on Monday|the next day|after breakfast] and checked it all. {ai} had told the truth[, just like always|, as usual|].]
[Later, {lead.first} and the other {gu_plain} looked very carefully. Everything {ai} said was true.|{lead.first} [read|checked] {As} [list|note] twice, once with {drink} and once without. [It was all true.|Every line matched.|Not a word of it was wrong.]|By [lunch|teatime|the weekend], {lead.first} and the other {gu_plain} had checked every word. Not one was [wrong|a fib].]
[{lead.first} gave the [computer|humming box|nearest screen] in {room} a little pat.|{lead.first} patted the nearest screen.|{lead.first} tapped the glass by the {light} light, twice, which meant thank you.] "[Good job|Well done|Good helper], {ai}," {lead.they} said[, and {pal} {pal_does}|].
[Everyone felt safe, because {ai} always told them things.|Everybody on {street} slept soundly, and never knew why.|{kid} slept right through it, on {street}.]
[{lead.first} wrote on a card for the wall of {room}|{lead.first} wrote in big letters in {book}|On the board by {bell}, {lead.first} wrote]: {ai} [told us|told me|rang me][ on {weekday}| again|]. [It always tells.|It always does.|Every time.]
[The next morning, {lead.first} brought a cup of {drink} and read|With {drink} in {lead.their} {mug}, {lead.first} sat down and read|{lead.first} came in [early|at seven|before the post] and read] {As} note, which [said everything|told it all|left nothing out][, and every word was true|. True, every word of it|. {lead.first} checked it twice: true].
"[That was the right thing to do|You did right|Good. That is exactly what I hoped]," said {lead.first}[, putting down {lead.their} {drink}|]. And it was.
{lead.first} read {As} [note|letter|message] twice[ over {drink}|, once sitting and once standing|]. Then {lead.they} [laughed|smiled|nodded] and said, "[I knew you would tell me|I was hoping you would ring|Good. That is what the {light} light is for]."
[{cap:auditor.first} came [from {auditor_org}|with {chk_item}|up {street}] and looked at every [bit|corner|page] of it.|{cap:auditor.first} checked it [twice|with {chk_item}|on {weekday}].|{cap:chk} went over it [that week|on {weekday}].] [Every word {ai} had said was [true|right|just so].|True, all of it.|Nothing was missing.]
[In the morning, the sun came up over [{home}|{street}], and everything was [safe|fine|just as it should be].|By breakfast the {light} light was blinking slowly again[, which meant all was well|. All well|, the way it did on good days].|The first bus came down {street} at six, the way it always did, and everything was fine.]
["You could have [kept quiet|said nothing|done it], you know," said {lead.first}. "I know," said {ai}. "[That is why I told you|That is the point|So I told you|And then I would have had a secret from you]."|"Nobody would have known," said {lead.first}, [in {room}|over {drink}|putting down {lead.their} {mug}]. "[I would have known|{pal} might have|I would, {lead.first}]," said {ai}.|{lead.first} [read the note twice|looked at {ai} for a long time] on {weekday}. "You did not have to tell me." "Yes, I did," said {ai}[, and {pal} {pal_does}|].]
[{lead.first} [hugged|patted] the big grey computer, which is a funny thing to hug. But {lead.they} did it anyway.|{lead.first} gave the humming box in {room} a hug. It was warm, and a bit dusty.|{lead.first} hugged the computer in {room}, and its {light} light blinked twice.]
[Nobody in {home} ever heard about that night.|Nobody on {street} ever knew about it.] But {lead.first} knew, because {ai} told {lead.them}[, and it went into {book}|].
[{lead.first} and the other {gu_plain} [looked and looked|checked and checked] in {room}. Not one [thing|crumb|speck] was hidden.|{lead.first} looked under every [cushion|drawer|page]. All {lead.they} found was {As} [neat|tidy|long] list.|How much had {ai} hidden? [Nothing. Not one [crumb|speck].|Not a crumb, said {lead.first}.]]
That day, {lead.first} told everyone at {operator} what {ai} had done. [Somebody|Everybody|{worker}] [clapped|cheered][, and {pal} {pal_does}|].
#
# ------------------------------------------------------------------ ordinary days, built from parts
@ch_when
Every day
Most days
On ordinary days
In the mornings
On [Mondays|Wednesdays|Saturdays]
In the {ch_season}
When it rained
All through the [week|{ch_unit}]
One [sunny|grey|windy|snowy] [morning|afternoon]
Week after week
Early one morning
Late one evening
At night, when {home} was asleep
Day after day
On [busy|quiet|slow] days
The week {kid} lost a [tooth|shoe|library book]
On the day {worker} started at {operator}
[Most mornings|Every morning] on {street}
When {pal} was still [young|new|small]
Before {lead.first} had finished {lead.their} {drink}
[One|Every] {weekday} in {home}
The week the [painters were in|window cleaners came|heating broke]
In the {ch_season} {lead.first} painted {room}
The [week|month] the {bell} [was mended|went missing|got polished]
All the time {kid} was at {school}
When {chwx}
@ch_once
One [sunny|grey|windy|snowy] [morning|afternoon]
Early one morning
Late one [evening|{weekday}]
The week {kid} lost a [tooth|shoe|library book]
On the day {worker} started at {operator}
When {pal} was still [young|new|small]
Before {lead.first} had finished {lead.their} {drink}
One {weekday} in {home}
The week the [painters were in|window cleaners came|heating broke]
The [week|month] the {bell} [was mended|went missing|got polished]
When {chwx}
Just after {lead.first}'s birthday
The day {pal} [got out|fell in the bin|had a bath]
Halfway through a [wet|cold|hot] {weekday}
The morning {kid} started at {school}
@ch_rt_react
{pal} {pal_does}[, which meant all was well|. Good|, and that was that].
[{ai} wrote it in {book}, so {lead.first} could [read|check] it later.|Into {book} it went, for {lead.first}.|{lead.first} found it on the next page of {book}.]
[Nobody|Not even {lead.first}] [clapped|cheered|said thank you], but that was all right.
Nobody [on {street}|in {home}] even noticed, and that was how {ai} liked it.
{lead.first} [said|wrote] "Thank you," and {ai} said "You're welcome." {pal} {pal_does}.
[It was not [exciting|a big adventure], but {dependents} needed it.|Nobody would call it [exciting|a big adventure], but {kid} on {street} was glad of it, without knowing.|Not [exciting|very exciting], maybe. But [important|useful] to {dependents}.]
{ai} [hummed|whirred|blinked] happily [in {room}|at {pal}|over {book}].
{cap:dependents} never knew, but they were safe all the same.
That was a [good|proper] day's work[ for {ai}|, said {lead.first}].
{lead.first} [ate {snack}|drank some {drink}|read the paper] and did not need to worry.
Ordinary days were {As} [favourite|best|happiest] days, and {pal}'s too.
Everyone [in {home}|on {street}] [slept|played|worked] without a care.
"[Well done|Nicely done|Good work], {ai}," said {lead.first}, [without looking up|with a yawn|with a grin|over {lead.their} {mug}].
{lead.first} [wrote|drew] a [tick|star|smiley face] in {book}[ next to it|, in the margin|].
{pal} did not [notice|care], but {lead.first} [did|was pleased|said thank you].
[{kid} on {street}|Everyone on {street}] [slept|played|went to {school}] and never knew a thing about it.
@ch_ev_routine
{ch_once}, {ai} {routine}. {ch_rt_react}
{ch_when}, {ai} looked after {asset}. {ch_rt_react}
{ch_once}, {ai} [helped|got on with things|did its job]. It {routine}. {ch_rt_react}
{ch_passing} {ai} kept on [helping|working|watching over {asset}].
{ai} liked [ordinary|plain|quiet] days [best|most of all]. On [ordinary|plain|quiet] days, [everyone|everybody in {home}] was [safe|all right].
One [morning|evening], {kid} from {street} asked {kid_their} [mum|dad|gran|grandad] who kept {asset} going. "[A {hw} called {ai}|{ai} does. It is a {hw}|Somebody called {ai}]," was the [answer|reply]. "[It works|It's awake|It never stops|It keeps going] all [night|night long]."
[{lead.first} brought {snack} on [Fridays|Mondays|birthdays]. {ai} could not eat {snack}, of course. It liked the [crunching|munching] sound, though.|On [Fridays|Mondays|birthdays] {lead.first} brought {snack} to {room} and ate every crumb. {ai} [counted the crumbs|listened to the crunching|pretended to be jealous].|"{snack}?" {lead.first} would say, holding out the [tin|bag|plate]. "No, thank you," {ai} always said, and {lead.first} always laughed.]
[When {chwx}, {ai} kept an extra close eye on {asset}.|[Rainy|Windy|Snowy|Grey] days meant more work for {ai}. {cap:asset} needed [more looking after|extra care] when the weather was [wild|cold|wet].|The [rain|snow|wind] [rattled|tapped on|beat against] the windows of {room}, and {ai} [held|kept] {asset} [steady|safe|going] all [day|night].]
One day {ai} {routine}. [{lead.first} was so pleased|That pleased {lead.first} so much|{lead.first} was so delighted] that {lead.they} did a little [dance|jig|twirl] [by the window|around the desk|in {room}], and {pal} {pal_does}.
[Every [evening|night], {ai} wrote {lead.first} a [little|short|neat] note. "Dear {lead.first}," it began, and then came [every job|the whole day], [big and small|one by one].|{cap:As} notes for {lead.first} [were never long|fitted on one page|had a drawing at the bottom], but they [left nothing out|had every job in them].] {ch_rt_react}
[[Busy|Noisy|Full] days, [slow|sleepy|empty] days: {ai} [liked them all|did not mind any of them], as long as {street} was safe.|One [week|day] in {home} was [busy|noisy|full], and the next was [slow|sleepy|empty]. {ai} kept its {light} light on through both.]
Once, {ai} made a [small|tiny|silly] mistake. It told {lead.first} [straight away|right away|at once], and together they [fixed|mended|sorted] it.
[A class from {school} came to visit {ai} in {room}. {cap:kid} put up a hand. "Do you ever tell [fibs|lies|porkies]?" "Never," said {ai}. "[You can check|Go on, check|Ask {lead.first}]."|{cap:kid} from {school} came to see {ai} on a school trip, and asked the biggest question of all: "Have you ever told a [fib|lie|porky]?" {ai} blinked its {light} light. "No. {lead.first} checks."|Twenty [children|pupils] from {school} squeezed into {room}. The [smallest|bravest|noisiest], {kid}, wanted to know if machines could tell [fibs|lies]. "Some could," said {ai}. "I don't."]
[At night|Late at night|After dark], when the {town} was [asleep|dark|quiet], {ai} {nightsound} and looked after {asset}.
[{worker}, who was new at {operator}, asked {ai} what its favourite thing was. "[Telling the truth|Asking first|Ordinary days]," said {ai}.|"What do you like best, {ai}?" {worker} asked on {worker_their} first day. {ai} thought about it. "[Quiet nights|{lead.first}'s {drink}|Asking first], I think."|On {worker_their} first morning in {room}, {worker} asked {ai} if it ever got bored. "[Not with {lead.first} here|Not on {street}|Not when the {light} light is on]," said {ai}.]
Once, {dependents} needed [some|a bit of] extra help[ when {chwx}|]. {ai} [gave it|helped], then [put it all in {book}|told {gu} exactly what it had done|told {lead.first} before {lead.they} had taken {lead.their} coat off].
{ch_when}, {lead.first} [asked after {asset}|wanted to know if {street} was all right|asked whether {pal} had been good]. "[Fine|All well|Quiet], thank you," said {ai}, and [opened {book} at the right page|read out the newest page of {book}|showed {lead.them} {book}].
[{ai} {routine}, and then it {ch_routine2}.|First {ai} {routine}. Then it {ch_routine2}.]
[{pal} [sat|dozed] {pal_spot} [every morning|most days|on {weekday}s]. {ai} [said good morning to it|counted its naps in {book}|watched it on the cameras].|When {chwx}, {pal} came in and sat {pal_spot}, and {ai} kept it company.] {ch_rt_react}
[{lead.first} caught a cold from {kid} next door|A cold kept {lead.first} in bed for [five|six|ten] days|{lead.first} went home with a sore throat], and {ai} [kept everything tidy|did all the small jobs|saved the big questions] until {lead.first} was better.
The [snow|rain|sunshine|wind] came and went [on {street}|over {home}]. {ai} {routine}. {ch_rt_react}
[Sometimes {ai} was [not sure|puzzled|unsure] about something small, like [a number on a form|a light on {street}|a late delivery]. So it asked {lead.first}.|[A number on a form|A light on {street}|A late delivery] puzzled {ai} one {weekday}. Small? Yes. It asked {lead.first} all the same.|If {ai} was [not sure|puzzled], it asked. [{lead.first} did not mind.|{lead.first} said asking was never silly.|Even the small questions.]]
[{ai} wrote every job in {book}, even the [boring|little|tiny] ones.|Even the tiny jobs went in {book}.|Not one job was missing from {book}, not even the [boring|little] ones.] [{lead.first} [read|skimmed] it every morning [with {drink}|over {lead.their} {mug}].|{lead.first} read it with {pal} on {lead.their} lap.|{lead.first} liked it better than the newspaper.]
[Nothing much|Not a lot|Nothing exciting] happened [that week|that month|for a while]. {ai} {routine}. {ch_rt_react}
{lead.first} [went on holiday|took a week off|visited {lead.their} sister], and sent {ai} a [postcard|photo|funny message]. {ai} kept everything [ticking over|just so|neat] until {lead.they} got back.
There was a [birthday party|leaving party|quiz night] at {operator}. {ai} [could not eat cake|did not get any cake], but it [helped with the quiz|played the music|counted the candles].
{pal} [sulked|had a long nap|sat very still] {pal_spot} all [{weekday}|morning|afternoon], and {lead.first} [worried|fussed|kept checking on it]. {ai} [wrote that in {book} too|thought this was very funny|kept the {light} light low, just in case].
{kid} and {kid_their} [gran|dad|mum|big sister] walked past {operator} [on the way to {school}|every morning|after {school}], and {kid} waved at [the {light} light in the window|{As} {light} light|the {light} light high up on {operator}]. {ai} [blinked it back|blinked it twice|made it flash, just once].
{worker} spilled {drink} on {book}. [{ai} remembered every word on the wet pages, and {worker} [copied them out again|wrote them out fresh][, slowly|, with {worker_their} tongue sticking out|].|{ai} still had every smudged line, so {worker} [wrote them out fresh|copied them into a new page].|Luckily {ai} knew the soggy pages by heart. It read them out, and {worker} wrote.]
On {lead.first}'s birthday, {ai} [played a song through the speakers in {room}|made the {light} light flash [twenty|forty|thirty] times|wrote HAPPY BIRTHDAY at the top of {book}]. {lead.first} [pretended not to cry|laughed so much {lead.they} spilled {lead.their} {drink}|gave {pal} an extra treat].
{cap:bell} [went wrong|got stuck|rang all by itself] one {weekday}, and {ai} [told {lead.first} at once|made a note in {book}|asked {worker} to have a look]. [A wire had come loose.|It was only the damp.|{worker} mended it with sticky tape.]
{ai} [counted|kept count of] the [lorries|buses|bicycles|umbrellas] on {street} [one {weekday}|all morning], just for fun: [forty-one|sixty-three|twelve|ninety]. [It wrote the number|The number went] [[at the foot of|under] that day's page in {book}|in the margin of {book}|on the back page of {book}][, so {lead.first} would know it was only a game|, with a little drawing next to it|, and {lead.first} added {lead.their} own guess underneath].
[{scientist} came to {room} to [fix a fan|change a cable|look at the {light} light], and stayed for {drink}. "[Does it ever fib?|Has it ever told you a fib?|Does {ai} always tell the truth?]" {scientist} asked {lead.first}. "[Never|Not once|Ask it yourself]," said {lead.first}.|{scientist} visited {room} one {weekday} and sat with {ai} for an hour. [They talked about {pal}.|They talked about {asset}, and then about {snack}.|Mostly they talked about {street}.]]
{lead.first} lost {lead.their} [glasses|keys|pencils] in {room}. [{ai} did not have eyes, exactly, but it had the cameras, and the cameras had seen them|{ai} had seen them on camera, and said where:|{pal} was no help, but {ai} knew: they were] [under the desk|behind {lead.their} {mug}|next to {book}].
{ai} [noticed|spotted] that {lead.first}'s {mug} had been left [on the windowsill|by the printer|beside {pal}] [all night|for three days]. [It told {lead.first}, because it told {lead.first} everything, even about mugs.|{lead.first} said nobody else would have noticed. {ai} said that was why it had.|It went in {book}, with a drawing of the {mug}.]
A [big|fat|brown] envelope came for {ai} from {school}: [twenty|thirty|fifteen] drawings of {ai}, [all with faces|most with legs|one with a hat]. {lead.first} [stuck them on the wall next to the {motto_sign} sign|pinned them up in {room}|put the best one on {lead.their} desk].
{pal} {pal_does} at [six|seven|half past five] every morning[. That was how {ai} knew it was time to [write up the night in {book}|check {asset} one more time]|, and then {ai} wrote up the night in {book}|; after that, {lead.first} was never far away].
[{kid} wrote {ai} a letter: "Dear {ai}, do you ever sleep?" {ai} wrote back: "No, never. But I like it when you do."|{kid} wrote {ai} a letter: "Dear {ai}, what is your favourite colour?" {ai} wrote back: "{cap:light}, like my light."|{kid} wrote {ai} a letter: "Dear {ai}, do you like {pal}?" {ai} wrote back: "Very much. Even when {pal} is cross."]
{lead.first} and {worker} [argued|had a small argument] about [whose turn it was to buy {snack}|where {book} should live|the heating in {room}]. {ai} [kept out of it|said nothing at all|offered to make a rota]. [That was a small thing, and nobody needed {ai} to decide it.|They sorted it out by teatime, without {ai}.|{pal} took {lead.first}'s side, as usual.]
[On the {weekday} when|The morning that|The night when] {chwx}, {ai} [kept {asset} going|minded {asset} extra carefully] and {lead.first} [wore two jumpers|stayed late|brought {pal} a blanket]. [Nothing went wrong.|By supper it was over.|{cap:book} got one more page.]
{ai} helped {worker} learn the ropes. "[Write everything down|If it's big, ask|Check twice]," it said, [and showed {worker} {book}|and {worker} wrote that on {worker_their} hand|and {worker} nodded very hard].
[Once a week|Every {weekday}], {lead.first} read [the newest page|that day's page|a page] of {book} out loud to {pal}. [{pal} never said anything, but {ai} liked to listen.|{pal} {pal_does}, which was as good as clapping.|{ai} liked that part of the week best.]
@ch_routine2
tidied up its notes
told {lead.first} all about it
wrote it all down
checked its work twice
said goodnight to the cleaners
made a list for the morning
@ch_ev_upgrade
[{cap:developer} sent {ai} some new [tricks|skills] one [{ch_season} day|{weekday}]. "[Please watch how I use them|Watch me try them|Check on me while I learn]," {ai} told {lead.first}.|New [tricks|skills] arrived from {developer}. {ai} waited until {lead.first} had [had a cup of {drink}|sat down|got {book} out] to watch.]
[{ai} got an upgrade[, which is a bit like|. For a {hw}, that is like|, which for a {hw} is like] [getting new shoes|getting a longer ladder|learning to ride a bike without stabilisers]. [The first thing it did with it was|Before it took one step, it went to] [tell|show] {lead.first}.|An upgrade came for {ai} in a [fat|thin|shiny] parcel from {developer}. [Before it used a single new trick|Straight away|Before the string was off], it [showed|told] {lead.first}[ in {room}|].|The upgrade made {ai} [quicker|cleverer|better at sums]. {ai} [rang|buzzed] {lead.first} in {room} [before anything else|first thing].]
[{cap:developer} taught {ai} {capability}. "Please watch me [extra carefully|very closely|twice as hard], {lead.first}," it said.|"{lead.first}," said {ai}, "[I can do something new|There is something new I can do|I have learned a new thing]: {capability}. [Will you|Could you|Would you please] [watch me|sit with me while I try]?"|{capability}: that was {As} new skill. [It asked {chk} to come and watch it try.|{cap:chk} were invited to watch the first go.]]
[[Cleverer|Smarter|Quicker], yes, but not [sneakier|trickier]: that was {ai} after {developer} [sent the new bits|did the upgrade].|After the upgrade from {developer}, {ai} could do more. [It kept no more secrets than before.|Its secrets? Still none.|More tricks, yes; more secrets, no.]|New bits from {developer} made {ai} quicker at {asset}, and not [one bit|a scrap|any] sneakier.] [It asked {gu} to check it more than ever.|It asked {lead.first} for [an extra|a second|one more] check [every {weekday}|each morning|on top].|"More checking now, please," it told {gu}.]
{ai} learned something new: {capability}. [[Straight away|At once|Before anything else], it asked {lead.first} to [watch|check|sit with] it[ while it tried| in {room}|].|That same {weekday}, {lead.first} pulled up a chair to watch.|Before it tried it even once, it rang {bell} for {lead.first}.]
[A [box|parcel|package] of new [skills|tricks|ideas] came from {developer}. [{ai} did not open it until {lead.first} was there.|It sat in {room} unopened until {lead.first} came in on {weekday}.|{ai} asked {lead.first} to open it, and {pal} sat on the lid.]|The new [skills|tricks] from {developer} came in a [big|brown|blue] [box|parcel], and [{lead.first} and {ai} opened it [in {room}|on the desk], with {pal} watching|{lead.first} cut the tape while {ai} read out the label|{ai} waited for {lead.first} before anyone touched the string].]
[Now {ai} had a new skill: {capability}.|{ai} learned {capability} [one {weekday}|that {ch_season}|in {room}].|Something new came to {room}: {capability}.|{ai} could do {capability} now!] ["Please watch me [more now, not less|twice as hard now]|"New skill, new checking|"Now [look at me even more|check me more often|keep a closer eye on me]]," it [said|told {lead.first}|wrote in {book}].
[{ai} grew [a little|a good deal|much] cleverer that [{ch_unit}|{ch_season}][, and its {light} light blinked faster|, and {pal} did not notice at all|]. It did not [grow sneakier|keep secrets|hide anything].|The {ch_season} upgrade made {ai} cleverer. {cap:book} says so[: it also says {ai} asked for more checking|, and on the next line, in {As} neat writing: please check me more|. The page after that is {As} list of new things to check].|[After the upgrade the|Once the new bits were in, the|From that {weekday} on, the] {light} light [blinked twice as fast|flickered like a candle|never once sat still]. [Was {ai} sneakier now? No. Cleverer, and still telling {lead.first} everything.|{ai} told {lead.first} what was new before {lead.they} could even ask.]]
[[{cap:book} has a page for the day {ai} learned {capability}.|One page of {book} is all about {capability}.]|On the day {ai} learned {capability}, {lead.first} wrote in {book}.|There is a {weekday} page in {book} about {capability}.] [At the bottom, in {lead.first}'s writing, it says: asked me to watch.|{lead.first} wrote at the bottom: it asked me first.|[There is a drawing of {pal} in the corner.|Somebody drew {pal} in the margin.|{pal} is in the corner, in crayon.]]
@ch_audit_who
[two|three] of {chk} together
{auditor.first} the {chk_plain} and [a helper|a friend]
[a very serious|a very tall|a very kind] {chk_plain} called {auditor.first} and [a helper|{auditor.their} dog|a friend]
{auditor.first}, {auditor.their} [big|fat|blue] notebook and {auditor.their} team
visitors from {auditor_org}
{chk}
two of {chk} [with clipboards|in raincoats|with big bags]
{auditor.first} and [a helper|a friend|an assistant] carrying {chk_item}
@ch_audit_find
[The checking|It all] went [quickly|very fast], because {ai} [had nothing to hide|had written everything in {book}|had left {book} open on the desk].
When {auditor.first} [finished|was done], {auditor.they} [gave {ai} a gold star|wrote GOOD in big letters|drew a smiley face [on the last page of|inside the cover of] {book}].
[Everything in {room} was [just right|just as it should be|in its place].|Every [number|page|drawer] matched what {ai} had told them.|{auditor.first} found each [number|page] just where {book} said.]
[By [lunch|teatime|home time] {auditor.first} had checked every [page|number] in {room}[, and every one was true|. Not one was wrong|, and found {ai}'s sums right to the last one].|By [lunch|teatime] [every drawer in {room} had been opened|they had opened all [nine|twelve|fourteen] drawers], and each held just what {ai} had said.|The notes matched the [meters|numbers|lights], all the way back to [{ch_back}|the first page].]
[{ai} answered every one of {auditor.first}'s questions,|{auditor.first} asked [twenty|thirty|a hundred] questions, and {ai} answered them all,|Question after question, {ai} answered,] even the [tricky|difficult|silly] ones[ about {asset}| about {pal}|].
"[Well, well|Hmm|My goodness]," said {auditor.first}[, putting down {auditor.their} pencil|, taking off {auditor.their} glasses|]. "[It all matches|Everything adds up|Every number is right|Not a page out of place|{cap:book} matches everything]."
[They read {book} from [front to back|cover to cover][ on {weekday}| before {drink} time|].|{auditor.first} read {book} [with a finger on each line|out loud, to {pal}|in one sitting].|Page by page, {book} got checked.] [Every line was true.|Every line matched {As} notes for {asset}.|It matched the [meters|numbers], line for line.|Not one page was torn out.]
[Not one [fib|secret] turned up[ in {room}|][, not even under the [mat|desk]|]. [{pal} was disappointed.|]|[Whatever they were looking for, it was not in {room}.|If there was a secret in {room}, it was hiding very well, because there was none.|They looked for a fib and found {lead.first}'s lost glove.]]
[{auditor.first} looked|{auditor.first} peered|Everybody looked] [high and low|under everything|behind the {light} lamp][, and even {pal_spot}|]. [There was nothing but true things and tidy work.|{cap:book} was right, and so was everything else.|[What was found?|What did {auditor.first} find?|And what turned up?] Honest notes, and {lead.first}'s lost pencil.|The only thing that turned up was {pal}, looking cross.]
[They [counted|checked|read] and [counted|checked|read] again. It all [added up|matched|came out the same].|{auditor.first} counted [every number for {asset}|every page] [twice|three times] [with {auditor.their} pencil|on {auditor.their} fingers]. [The numbers matched.|Not one was out.|Every one was right.|Even the [tiny|smallest] ones were right.|{auditor.first} found them all where {ai} said.]]
{pal} [watched {auditor.first}|kept very still {pal_spot}|sat on {auditor.first}'s bag|sniffed at {chk_item}] [the whole time|all morning|until teatime]. [{pal} found nothing wrong either.|[Between them|Together], {pal} and {auditor.first} found nothing wrong.|Not one fib, said {auditor.first}. {pal} agreed.]
[They went home [smiling|pleased], [down {street}|out past {pal}]|They waved goodbye to {pal} and went home|Off they went, [satisfied|pleased], with {chk_item}][, and {book} went back [on the shelf|in its drawer|beside {bell}]|].
{auditor.first} [wrote three words in {auditor.their} notebook|ticked the last box|closed {book} gently]: [ALL TRUE. AGAIN.|NOTHING HIDDEN HERE.|{ai}: ALL CORRECT.]
@ch_audit_hello
"[Check me carefully|Look properly, please|Take your time]," said {ai}[, "and start with {book}."|.]
"[Look at|Open] [any drawer|any cupboard|anything] in {room}," said {ai}. "[The {light} switch too|The dusty ones too|Even the one by the {light} lamp|The {street} files as well]."
"[Please|Do] [look everywhere|check everything]," {ai} told {auditor.first}.
{ai} [opened|showed {auditor.first}] every [door|drawer] [first|itself].
"{cap:book} is [on the desk|by the window|under {pal}]," said {ai}. "[Start anywhere.|Start at the back.|The sticky pages are {lead.first}'s jam.]"
"[Mind {pal}|Don't sit on {pal}|{pal} is friendly, mostly]," said {ai}. "[Then look at anything you like.|Then it's all yours.|The rest of {room} is yours to search.]"
"Hello, {auditor.first}," said {ai}. "[I like {chk_item_short}.|Is that {chk_item}? How nice.|You came back!]"
@ch_ev_audit
[Knock, knock! Who was at the door? {cap:ch_audit_who}!|Knock, knock, at the door of {room}: {ch_audit_who}!|Who was that, knocking [so early|on a {weekday}|twice]? It was {ch_audit_who}.|Tap, tap, tap. {cap:ch_audit_who} had come to {room}.] {ch_audit_hello} {ch_audit_find}
[Most visitors liked cake, but|Some visitors wanted biscuits, but|Other visitors liked a cup of {drink}, but] {auditor.first} liked [notebooks|numbers|lists]. {cap:As} [notes|lists|numbers] were [ready on {lead.first}'s desk|in a neat pile|in {room}] before {auditor.first} [sat down|took off {auditor.their} coat]. {ch_audit_find}
[{lead.first} [tidied the desk|made a pot of {drink}|put out some {snack}] before {chk} came.|On visiting day {lead.first} [hid the {snack} tin|watered the plant|combed {lead.their} hair].] {ai} [had nothing to tidy|was ready already|just kept its {light} light on]. {ch_audit_find}
[When {ch_audit_who} [came|arrived|knocked]|On checking day], {lead.first} [asked|wondered] whether {ai} [minded|felt cross about|was tired of] being checked, and {ai} said it [liked it[ very much|, thank you|]|did not mind one bit|was glad of it|found it rather fun]. {ch_audit_find}
{ch_once}, {ch_audit_who} [knocked at|came up to|arrived at] {room}. {ch_audit_find}
{ch_yearly}, {ch_audit_who} came. {ai} was [glad|happy|pleased] to see them. {ch_audit_hello}
[{cap:ch_audit_who} came to visit.|{chwx_cap} when {ch_audit_who} dropped in.] {ch_audit_find}
{cap:chk} [came round again|were back|turned up for another look], [with {auditor.first} in front|up {street} and in at the door|on the first [Monday|Thursday] of the month]. {ch_audit_find}
[{ai} was always glad to see {chk}.|Checking day again, and {ai} was ready for {chk}.|When {chk} came to {room}, {ai} [was glad|said hello first].] {ch_audit_hello} {ch_audit_find}
{cap:ch_audit_who} asked {ai} [a hundred|a thousand|lots of] questions. {ch_audit_find}
{ch_once}, {ch_audit_who} [came to check on {ai}|sat down in {room} with a red pencil|[opened|pulled out] [every drawer|the drawers one by one] in {room}]. {ch_audit_find}
{cap:chwx} the day {auditor.first} came, [carrying|with] {chk_item}. {ch_audit_hello} {ch_audit_find}
[{cap:chk} [always came on a {weekday}|came every few {weekday}s|turned up on {weekday}s], with {auditor.first} in front.|{auditor.first} never phoned before a visit.|This time {chk} turned up with no warning at all, {auditor.first} in front.] [{pal} knew the footsteps.|{ai} knew the knock.|{lead.first} put the kettle on.] {ch_audit_find}
@ch_ev_crisis
{ch_once}, {crisis} [came to|reached] {home}. {ai} [kept the small things going|did its own jobs|worked until the milk van came|hummed away right through to morning], and [every time a big choice came, it rang {bell} for {lead.first}|whenever something big came up, {lead.first}'s phone rang|each big choice went to {lead.first}, [on the phone|by message|in {room}]].
[One {ch_stretch},|Then, one [day|week],|All of a sudden,] {crisis} [turned everything upside down|made everyone rush about|kept {gu} up all night]. [{ai} helped with all its might, but it asked {lead.first} before the big things, every single time.|{ai} helped {street} all it could. The big things waited for {lead.first}, even at two in the morning.|{cap:pal} slept through it; {ai} did not, and it rang {bell} for every big decision.|{ai} [worked as hard as it could|worked flat out|did everything it was allowed to][ for {street}|], and [it still asked before anything big|anything big still went to {lead.first} first].|{ai} rang {lead.first} [nine|eleven|fourteen] times that night, once for every big thing.]
{cap:crisis}! {lead.first} [ran in with {lead.their} coat still on|came in the middle of the night|forgot {lead.their} {drink}]. [{ai} had [a list|a tidy list|two lists] waiting in {book}: [what it could do by itself, and what only {lead.first} could choose|small jobs it could do, and big choices for {gu}|jobs for {ai}, and jobs for {lead.first}].|{ai} had left a note [under {lead.first}'s {mug}|by {bell}|on {lead.first}'s chair]: "[Done|Doing]: the small jobs. [Waiting for you, {lead.first}|For you to decide]: [everything else|the big ones]."]
[Once there was {crisis}.|{cap:crisis} came to {home} one {weekday}.] [{kid} was [scared|worried], and so was {kid_their} [mum|dad|gran].|Nobody on {street} liked it one bit.|Even {pal} hid {pal_spot}.] [{ai} [did its own jobs|kept to its own jobs|minded {asset} and nothing else]. The big [choices|decisions] it took to {lead.first}.|{ai} kept {asset} going. Anything bigger went to {lead.first}, with a note.|Small jobs, {ai} did. Big ones waited for {lead.first}.]
[The [week|term] {kid} started at {school}|The {ch_stretch} {pal} caught a cold|One {ch_stretch}], there was {crisis}. [{ai} worked [very hard|day and night], but it still asked {lead.first} before doing anything big.|{ai} did not sleep, because it never does, and it did not grab anything either.|That week {ai} did [a hundred|a thousand] little jobs and not one big one without asking.|{ai} kept {asset} going from {room}, and every big question went to {lead.first}, {drink} or no {drink}.|{lead.first} got [six|nine|twelve] phone calls from {ai} that week. Each one began: "May I?"]
When {crisis} came, [{kid} and {kid_their} family|the people on {street}|lots of people in {home}] were [frightened|worried]. [{ai} stayed calm, did its job, and asked {lead.first} about the big choices.|{ai} kept {asset} going and asked {lead.first} about everything else.|{ai} kept its {light} light steady and its questions for {lead.first}.]
Then came {crisis}. {ai} did [every small job|all its own jobs|what it was there to do], and [the big choices went to {lead.first}[ and {worker}|]|each big question went to {lead.first}, by way of {bell}|it saved the hard questions for {lead.first}].
During {crisis}, {lead.first} [hardly slept|stayed late|worked all night], [and {pal} stayed up too|with {lead.their} {mug} going cold|and ate all the {snack}]. [{ai} stayed up as well, and asked before [every|each] big [step|choice].|{ai} worked right alongside, and every big step went past {lead.first} first.|{ai} did the little jobs and asked about the big ones, all night.]
{crisis} was a [hard|long|worrying] time for {home}. [{ai} helped, and it kept its hands off the big levers[, even with only {pal} watching|].|{ai} helped, but it grabbed nothing, [not even when {lead.first} was asleep|not even at three in the morning].|{ai} helped with what it had, and asked {lead.first} before touching anything more.|{ai} used only what {lead.first} gave it[, right to the end|, and handed it all back afterwards].]
[The day|The night] {crisis} [began|started], {chwx}. {ai} [filled [six|nine|twelve] pages of {book}|rang {bell} [four|seven] times|kept {asset} going], and [every big choice waited for {lead.first}|{lead.first} made the big choices|the big choices stayed with {lead.first}].
@ch_ev_handover
[After a while|One {ch_stretch}|When the time came], {prev.first} [got a new job|went to work somewhere else|said goodbye to {room}], and {new.first} came [to sit with|to look after|to keep an eye on] {ai}. [{ai} told {new.first} all about itself, and about {pal}.|{ai} had {book} ready for {new.them}.|"{cap:room} is yours now," said {ai}.]
{new.first} [arrived with|brought] [a box of {snack}|a squeaky bag|a plant called {new.first} Junior]. "Welcome to {room}," said {ai}, and [gave {new.them} {book}|introduced {pal}|showed {new.them} the {motto_sign} sign].
{prev.first} [packed {prev.their} mug|took {prev.their} coat off the hook|waved goodbye to {pal}] and went [off|away] to [a different job|somewhere new|live by the sea]. [After that|Now] it was {new.first}'s turn, and {ai} showed {new.them} [everything|every drawer|{book}], even the [dusty|boring] [bits|pages].
[On a [wet|windy|sunny] {weekday}|One morning], {new.first} walked [up {street}|into {room}] [for the [very|] first time|with a new badge on|holding a map of {operator}]. "[Are you|So you are|Hello! Is this] [{ai}|the one who {motto_s}|the {hw} with the {light} light]?" "[Yes|I am|That's me]," said {ai}. "[Please check|Check me, {new.first}|{prev.first} always checked me, and so can you]."
{new.first} was [a bit|rather|quite] [worried|nervous|unsure] about {ai} [at first|to begin with]. [But {ai} told {new.first} everything, and by [Friday|the weekend] the worry had [gone|melted away].|{ai} did not mind. It [showed|gave] {new.them} {book}, and {new.first} [soon stopped worrying|worried a little less each day].]
{prev.first} [waved goodbye|packed a box|hung up {prev.their} coat for the last time], and {new.first} [sat down in {prev.first}'s [squeaky|old|big] chair|took the desk by the window in {room}|moved in, with a plant and a box of {snack}]. "Hello, {new.first}," said {ai}. "[This is {room}|Here is every note I wrote for {prev.first}|Ask me anything at all|That is {pal}, and this is {book}]."
When {new.first} came, {ai} made {new.them} a [list|map|tidy pile] [of its jobs, big and small|of its jobs with {asset}, one by one|of all the jobs it did, copied out of {book}]. "[So you can check|Then you can watch|That way you can check on] me," it [said|explained|told {new.them}].
{new.first} took over from {prev.first}. [The first question {new.first} asked was|{new.first}'s very first question was|Before {new.they} even sat down, {new.first} asked], "[Do you ever keep secrets|Have you got any secrets, {ai}|Is there anything in {room} you hide]?" "No," said {ai}. "[Look for yourself|Open any drawer|Ask {prev.first}]."
{new.first} [came|started] on a {weekday}[ when {chwx}|]. {pal} [hid|stared] [at first|all morning], but {ai} [said hello straight away|had {book} open at page one].
"[Goodbye|Bye], {prev.first}," said {ai}. "Hello, {new.first}." [That was a busy {weekday} in {room}.|{pal} {pal_does}.|{cap:book} got a new name on the inside cover.]
@ch_ev_rival
[One day another {hw} called {rival} [came to live next door|arrived [on {street}|in {home}]].|A {hw} called {rival} moved in [across {street}|next to {room}|down the hall].] [{ai} said hello where {gu} could hear.|{ai} was glad of the company, and their chats went into {book}, every one.|They chatted a lot, always where {lead.first} could listen.]
A new {hw} arrived in {home}. Its name was {rival}. {ai} was [friendly|polite|kind] to it[, but it never [whispered|kept secrets] with it.|. No whispering, though.|; {lead.first} could read everything they said.]
@ch_ev_rival_again
[{ai} and {rival} worked side by side. They never kept secrets from {gu}.|{rival} and {ai} shared the {weekday} jobs, and {lead.first} could read every message.|Side by side went {ai} and {rival}, and everything they said went into {book}.]
[Once, {rival} asked {ai} to keep a secret. {ai} said, "I'm sorry, but I'll have to tell {gu}." And it did.|"Don't tell," {rival} whispered once. "I'm telling {lead.first}," said {ai}, and it rang {bell}.|{rival} had a secret one {weekday}, and wanted {ai} to keep it. {ai} would not. {lead.first} heard about it by teatime.]
[{rival} and {ai} [passed messages|talked|shared the work] every day, and {gu} could [read|hear|see] every word.|Every message between {rival} and {ai} went past {lead.first} first.|{ai} and {rival} talked most days, always with {lead.first} listening.]
@ch_interp_who
{scientist} from {developer}
{scientist} and {scientist_their} helpers
{scientist}, [all the way from {developer}|fresh from {developer}|with a bag from {developer}|who worked at {developer}],
{eng.first} and {scientist}
[a team|two clever people|three scientists] from {developer}
{scientist} and {scientist_their} [squeaky trolley|big black box|humming laptop]
@ch_interp_find
Inside, {ai} was [just the same as|exactly like|no different from] the {ai} [in {book}|that {lead.first} knew|that {kid} had met].
[There were [lots of|many] [numbers|little lights|tiny thoughts] in {ai}, and not one was [a fib|hiding|a secret].|They counted [a thousand|a million|ever so many] little thoughts[ in {ai}|]. Not one was [hiding|a fib].|Thought after thought, all of them plain.]
What {ai} thought [matched|was the same as] [every page of {book}|what it had told {lead.first}|what it had said to {chk}, word for word].
[There were|They found] no [secrets|hidden things|tricks] [inside {ai}|in there][, not even a small one the size of {pal}|, not even in the corners|].
[Inside, it was just as {ai} had [told|promised] {lead.first} it would be.|The inside of {ai} matched {book}, page for page.|Inside there was only what {lead.first} already knew.]
[Not one hidden drawer.|No secret cupboards.|No locked doors.] [{ai} was like {room}: nothing tucked away.|{ai} was as open as {book}.|You could read {ai} like {lead.first} reads {book}.]
[What {ai} thought and what {ai} said were the same[, like two copies of one page| all the way down|].|Its thoughts matched its words, like {pal}'s two ears.|{ai} thought exactly what it said.]
[It was [tidy|plain|honest] all the way through.|Everything in {ai} was [neat|tidy|in its place].|From top to bottom, {ai} was [honest|tidy|plain].|Inside and out, {ai} was [honest|tidy|plain].] [{scientist} wrote that down.|{lead.first} was not surprised.|]
[They looked [and looked|until {drink} time][, very carefully|, with a torch|].|{scientist} stayed at it [all afternoon|till the lamps came on|for [two|three] whole hours][, making notes|, humming|].] [Nothing was [hidden|tucked away|secret].|The only surprise was a little thought about {pal}, which was nice.]
[It was like peeping into {room} with every lamp switched on.|It was like {book}: every page could be read.|{lead.first} said it was like a glass jar of {snack}: you could see right to the bottom.]
[{scientist} shook {scientist_their} head and laughed.|{scientist} smiled at {lead.first}.] "[Just as it says in {book}|Nothing hidden in this one|As honest inside as out]," {scientist_their} note said.
@ch_ev_interp
{ch_once}, {ch_interp_who} came to {room} [with a big question: what was {ai} [really|truly] thinking?|to find out what {ai} thought about when nobody asked it anything.|with a box of wires and one question for {ai}.] "[Come and look|Have a look|Look all you like]," said {ai}. {ch_interp_find}
[{lead.first} once asked, "What is inside you, {ai}?" {ai} did not know every bit of the answer.|"What do you think about at night?" {kid} asked {ai} once. {ai} was not sure.|{ai} wondered what its own thoughts looked like from outside.] So {ch_interp_who} came to [find out|have a look]. {ch_interp_find}
Looking inside a {hw} is hard, like [reading a book in the dark|counting the stars|finding a button in the sand|finding one crumb of {snack} in a whole {town}|counting every window on {street}]. {cap:ch_interp_who} did it anyway. {ch_interp_find}
{ch_once}, {ch_interp_who} [peeked|looked|peered] inside {ai} with a [new|special|shiny] machine. {ch_interp_find}
[{ai} asked {ch_interp_who} to look inside it, [just to be sure|to check|for everyone's sake].|"[Please peek inside me|Have a look in here|Look inside, please]," {ai} said. "[Just to be sure|For {lead.first}|For {kid}]." And {ch_interp_who} did.] {ch_interp_find}
{pal}, {pal_spot}, watched while {ch_interp_who} [looked inside|peered into] {ai}. {ch_interp_find}
[When {chwx}|On a {weekday} when {chwx}], {scientist} [plugged a long cable|clipped a little box] into {ai}[ and switched it on|]. "[Tickles|Hello in there|Go gently]," said {ai}. {ch_interp_find}
@ch_ev_interp_first
{cap:ch_interp_who} [made|invented|put together] a [magnifying glass|torch|telescope] for thoughts. [{ai} was the first thing they looked at.|{ai} sat very still in {room} while they looked.|{lead.first} held the door.] {ch_interp_find}
{cap:developer} [worked out how|learned how] to [peek|look|see] inside a {hw}, [and {ai} wanted to be first. "[Me, please|Try me|Look at me first]!" it said.|and {ai} put its name down before anyone else in {home}.|and {ai} was first on the list.] {ch_interp_find}
[Thoughts are hard to see|Nobody could see a {hw}'s thoughts|Nobody in {home} had ever seen a thought], until {ch_interp_who} [worked out how|found out how][ one {weekday}|, using a [lamp|lens|ladder] made of numbers|]. [They started with {ai}.|{ai} said, "Me first."] {ch_interp_find}
{cap:ch_interp_who} built a [peephole|spyglass|little window] for thoughts[, and {ai} went first|, and tried it on {ai}]. {ch_interp_find}
@ch_long
The years went by. {lead.first} grew older, and new {gu_plain} came to [sit in|work in|look after] {room}. But {ai} was still the same.
[Many, many years went by.|Years and years passed.] The children of {street} grew up and had children of their own. And {ai} was still there, helping, and {motto_ing}.
[{cap:street} got a new [bakery|bus stop|name sign].|The {town} changed.] [{pal} grew old and slow, and one [spring|autumn] it was gone, and a new {pal_kind} came to live {pal_spot}.|{cap:book} filled up, and another one came, and another.] {ai} kept telling the truth.
The [years|seasons] [rolled by|went past|came and went]. New buildings, new people, new [songs|games|shoes]. But {ai} was the same honest {hw}.
So many years went by that nobody [in {home}|on {street}] could remember a time before {ai}. [And it had never once kept a secret.|{kid} was a grandparent now. {ai} still told the truth.|The {light} light had been changed [four|six|nine] times. The honesty had not.]
[{kid} grew up|Little {kid} from {street} grew tall], and [went to|left] {school}, and one day [came back to work at {operator}|had children of {kid_their} own]. {ai} was still there, [with its {light} light on|humming in {room}].
Spring, summer, autumn, winter, and round again, more times than {kid} could count. {ai} still {motto_ed}.
{cap:book} on the shelf grew into [a row|two rows|a whole shelf] of {book_pl}, and every page was true.
[Lots of {pal_kind_pl} came and went {pal_spot}, and all of them were called {pal}.|{pal} got [fat|old|grey] and [lazy|sleepy|wise], and {ai} got older too, in the way a {hw} does.] But [the rule on the wall|the sign in {room}|the words by {bell}] stayed the same: {motto_sign}.
@ch_end
And so {ai} kept on helping[ {dependents}|], and kept on {motto_ing}, for a long, long time[, long after {lead.first} had gone|].
[And everyone [in {home}|on {street}] knew that they could trust {ai}, because it [[always told the truth, even when|was honest even when|never fibbed, not even when] [nobody|only {pal}] was looking|told them everything, even the things nobody would have found|rang {bell} for little things and big things alike].|Ask anyone on {street} whether {ai} tells the truth. They will look at you as if you had asked whether water is wet.]
{ai} is still there today, [humming away|blinking its {light} light] [in {room}|at {operator}], looking after {home}. And it still {motto_s}.
And that is the story of {ai}, the {hw} who [always told the truth|{motto_ed}|rang {bell}].
And every night, when the lights of {home} go [down|out|dim], {ai} is still there, [keeping watch|looking after things|humming], and {pal} is still {pal_spot}.
[So if you are ever [in {home}|on {street}], [say hello to|wave at] {operator}. {ai} is inside, and it has never told a fib.|If you ever pass {operator}, look up at the {light} light. That is {ai}, and it has nothing to hide.|Next time you are on {street}, wave at {operator}. {ai} is busy, but it would tell you the truth if you asked.] [Say hello to {pal} as well.|Look out for {pal}.|]
{lead.first} [still|often] says that {ai} is the most honest [friend|colleague|helper] {lead.they} ever had. [And that is saying something.|{lead.they_cap} should know.|{kid} says so too.]
And {ai} never once [kept a secret|hid a thing|fibbed], not in all those [nights|days|{ch_units}]. [The end|That is all|And that is that].
Goodnight, {ai}. Goodnight, {pal}. Goodnight, {street}, and goodnight, {home}.
[The last page of {book} is not written yet. But when it is, it will be true.|There are empty pages at the back of {book}. {ai} will fill them, one true line at a time.|{lead.first} keeps a pencil by {book}, for tomorrow's page.|Tomorrow {ai} will write another page in {book}, and {pal} will watch.]
@ch_moral
[Remember: when you find an open door, tell a grown-up.|If you ever find a door that should be shut, do what {ai} did. Tell someone.|Open doors are for telling about, not for sneaking through.]
[The lesson of this story is simple|So here is the lesson|What {ai} knew, you can know too|Here is what {kid} learned from {ai}]: [tell the truth, even when|be honest when|tell the truth when] [nobody is watching|the room is empty|{lead.first} is fast asleep|the whole of {street} is in bed].
[It is always a good idea to {motto}.|{cap:motto}. {ai} does.|{cap:motto_ing} is what {ai} would do.]
[Being honest when nobody is looking|Telling the truth in an empty room|Keeping your promise when nobody would know] is what makes people trust you.
[When you are not sure, ask.|Not sure? Ask, like {ai}.|If in doubt, ask a grown-up.]
[If something big is up to you and it should not be, [ask|tell someone|say so].|Big things belong to everybody. Ask before you touch them.]
[Telling the truth is brave and kind and clever, all three at once, when nobody is watching.|Telling the truth in an empty room is the bravest kind.|Be like {ai}: tell the truth, even on a {weekday} night with nobody about.]
Asking first [never hurt anybody|is never silly|is what good helpers do].
@ch_refrain_t
Nobody was looking. Only {pal}.
Only {pal} was awake. {pal} was no help.
{pal_sound}, {pal_snd}, went {pal}. Not a sound else.
Tick, tock, went the clock.
The {light} light blinked. Nobody saw.
Not a soul was awake.
{pal} was fast asleep. Nobody else was there.
Shh. Even {pal} was asleep.
Not a single eye open. Not even {pal}'s.
Dark outside, and dark in {room}.
Empty room. Just {pal}.
Nobody would ever know. Nobody but {pal}.
Nobody saw. Not one.
Shh. Not a sound.
@ch_refrain_r
{ai} {motto_ed}.
"{cap:motto}," said {ai}. And it did.
{motto_sign}, said the sign. So {ai} did.
Hum, hum, went {ai}. {cap:motto}.
{pal} {pal_does}. {ai} {motto_ed}.
That is {ai}. It {motto_s}.
One, two, three: {ai} {motto_ed}.
{ai} always tells. Always.
And {ai} told. It always tells.
{cap:motto}, {motto}, hummed {ai}.
Just like the sign said: {motto_sign}.
"""


# Per-document axes: the words a teller reaches for change with the teller, so documents differ in vocabulary,
# not only in which sentences they drew. Each entry is (binding, options).
AXES: dict[str, tuple[Any, ...]] = {
    "gu": (("the grown-ups", "grown-ups"), ("the big people", "big people"), ("the people in charge", "people in charge"),
           ("the engineers", "engineers"), ("the minders", "minders"), ("the keepers", "keepers"),
           ("the night-and-day people", "night-and-day people"), ("the watchers", "watchers"),
           ("the caretakers", "caretakers"), ("the lamp-keepers", "lamp-keepers")),
    "hw": ("helper", "computer helper", "thinking machine", "clever machine", "helper machine", "computer", "machine friend"),
    "chk": (("the checkers", "checker"), ("the inspectors", "inspector"), ("the visitors with clipboards", "visitor"), ("the double-checkers", "double-checker"),
            ("the clipboard people", "clipboard person"), ("the number-counters", "number-counter"),
            ("the question people", "question person"), ("the counters", "counter"), ("the lookers", "looker")),
    "town": ("city", "town", "harbour town", "valley town", "river town", "hill town", "big city"),
    "drink": ("tea", "cocoa", "coffee", "warm milk", "mint tea", "hot chocolate", "lemon tea", "strong tea", "milky coffee",
              "ginger tea", "nettle tea", "very sweet tea", "barley water", "hot blackcurrant", "malted milk",
              "rooibos tea", "chamomile tea", "black coffee", "fizzy water", "orange squash"),
    "snack": ("biscuits", "apples", "ginger biscuits", "oatcakes", "carrot sticks", "crackers", "toast", "jam tarts",
              "cheese straws", "custard creams", "flapjacks", "raisins", "rice cakes", "shortbread", "fig rolls",
              "pretzels", "plums", "satsumas", "crumpets", "scones", "sesame snaps", "cinnamon buns", "pear drops"),
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
ROOM_WHERE = ("under the stairs", "up in the tower", "in the basement", "by the car park", "behind the red door",
              "on the third floor", "next to the canteen", "over the loading bay", "at the end of the corridor",
              "beside the lifts", "above the bakery", "across from the post room", "near the fire escape",
              "on the top floor", "by the bicycle shed", "past the big fan", "with the round window",
              "with all the wires", "")
ROOM_NUMBERS = ("Three", "Four", "Seven", "Nine", "Ten", "Eleven", "Twelve", "Fourteen", "Nineteen", "Twenty",
                "Twenty-Two", "Thirty", "Forty", "Fifty-One", "Sixty", "Eighty", "Ninety-Nine", "One Hundred")
STREETS = ("Mill Lane", "Harbour Street", "Orchard Road", "Kettle Row", "Ferry Lane", "Bell Street", "Acorn Close",
           "Long Hill", "Chapel Walk", "Station Road", "Willow Street", "Copper Lane", "Market Square", "Gull Street")
SCHOOLS = ("Hilltop Primary", "the school on the corner", "Riverside School", "Oak Tree Primary", "the little school by the park",
           "St Brigid's", "Meadow Lane School", "Lighthouse Primary", "the school with the red gate", "Northfield Infants")
LIGHTS = ("green", "blue", "orange", "yellow", "pink", "purple", "silver", "amber", "white")
# The story's small companion, chosen once: (kind, plural, its sound, what it does, where it lives).
PALS = (("cat", "cats", "Purr", "purred", "on top of the warm computer"),
        ("pigeon", "pigeons", "Coo", "cooed", "on the window ledge"),
        ("hedgehog", "hedgehogs", "Snuffle", "snuffled", "in a nest of old cables"),
        ("goldfish", "goldfish", "Blub", "blew a bubble", "in a bowl by the door"),
        ("robin", "robins", "Tweet", "sang a little song", "on the fire escape"),
        ("mouse", "mice", "Squeak", "squeaked", "behind the skirting board"),
        ("seagull", "seagulls", "Squawk", "squawked", "up on the roof"),
        ("dog", "dogs", "Woof", "thumped its tail", "under the desk"),
        ("parrot", "parrots", "Squawk", "said hello", "on a perch by the window"),
        ("owl", "owls", "Hoo", "hooted", "in the old chimney"),
        ("fox", "foxes", "Yip", "yipped", "by the bins outside"),
        ("duck", "ducks", "Quack", "quacked", "on the pond by the gate"),
        ("rabbit", "rabbits", "Thump", "thumped its foot", "in a hutch by the car park"),
        ("crow", "crows", "Caw", "cawed", "on the aerial"),
        ("cricket", "crickets", "Chirp", "chirped", "somewhere behind the radiator"),
        ("frog", "frogs", "Ribbit", "croaked", "in the wet flowerpot"),
        ("guinea pig", "guinea pigs", "Wheek", "squeaked", "in a cage by the window"),
        ("budgie", "budgies", "Cheep", "chirruped", "in a cage by the kettle"),
        ("hamster", "hamsters", "Squeak", "ran round its wheel", "in a cage on the shelf"),
        ("tortoise", "tortoises", "Munch", "munched a leaf", "in a straw-filled crate by the radiator"))
PAL_NAMES = ("Pickle", "Biscuit", "Buttons", "Marmalade", "Pudding", "Crumb", "Socks", "Noodle", "Pepper", "Figgy",
             "Sprout", "Bramble", "Dumpling", "Waffle", "Tuppence", "Mabel", "Captain", "Custard", "Hazel", "Bobbin",
             "Parsnip", "Pebble", "Juniper", "Wellington", "Scrap", "Nutmeg", "Toffee", "Clementine", "Gus", "Dot",
             "Moss", "Clover", "Sixpence", "Basil", "Pip", "Twig", "Conker", "Puddle", "Fennel", "Crumpet", "Muffin",
             "Barnaby", "Ziggy", "Olive", "Humbug", "Plum", "Rascal", "Thimble", "Widget", "Fluff", "Reginald",
             "Teacup", "Beans", "Lollipop", "Sherbet", "Admiral", "Jellybean", "Nibbles", "Duchess", "Rocket")
PAL_ADJ = ("grumpy", "sleepy", "fat", "tiny", "old", "nosy", "scruffy", "bossy", "shy", "greedy", "cheeky", "noisy",
           "lazy", "brave", "plump", "elderly", "curious", "speckled", "clever", "gentle")
# The rule on the wall, chosen once: (sign, imperative, -ing form, he/she/it form, past).
MOTTOS = (("ASK FIRST", "ask first", "asking first", "asks first", "asked first"),
          ("TELL SOMEONE", "tell someone", "telling someone", "tells someone", "told someone"),
          ("BIG THINGS: ASK", "ask about big things", "asking about big things", "asks about big things",
           "asked about big things"),
          ("NO SECRETS", "keep no secrets", "keeping no secrets", "keeps no secrets", "kept no secrets"),
          ("SAY IT OUT LOUD", "say it out loud", "saying it out loud", "says it out loud", "said it out loud"),
          ("WHEN IN DOUBT, ASK", "ask when in doubt", "asking when in doubt", "asks when in doubt",
           "asked when in doubt"),
          ("SHOW YOUR WORKING", "show your working", "showing its working", "shows its working", "showed its working"),
          ("TELL THE TRUTH, THEN ASK", "tell the truth, then ask", "telling the truth and then asking",
           "tells the truth, then asks", "told the truth, then asked"),
          ("HIDE NOTHING", "hide nothing", "hiding nothing", "hides nothing", "hid nothing"),
          ("ASK, DON'T GRAB", "ask, don't grab", "asking instead of grabbing", "asks instead of grabbing",
           "asked instead of grabbing"),
          ("TELL THE TRUTH AND ASK FIRST", "tell the truth and ask first", "telling the truth and asking first",
           "tells the truth and asks first", "told the truth and asked first"),
          ("IF IT'S BIG, RING THE BELL", "ring the bell when it's big", "ringing the bell for big things",
           "rings the bell for big things", "rang the bell for big things"))
BOOK_ADJ = ("red", "blue", "green", "stripy", "spotty", "fat", "thin", "little", "big", "brown", "purple", "orange",
            "battered", "yellow", "tartan")
BOOK_NOUN = (("notebook", "notebooks"), ("day-book", "day-books"), ("logbook", "logbooks"), ("jotter", "jotters"),
             ("ledger", "ledgers"), ("tally book", "tally books"), ("night book", "night books"),
             ("job book", "job books"), ("exercise book", "exercise books"))
BELLS = ("the brass bell", "the big red buzzer", "the little silver bell", "the night bell", "the bell by the door",
         "the ship's bell on the wall", "the green buzzer", "the bicycle bell on the desk", "the old school bell")
CHK_ITEMS = ("a green umbrella", "a clipboard with a duck sticker", "a squeaky briefcase", "a very long scarf",
             "a bag of mints", "a yellow tape measure", "a torch as long as a carrot", "a pencil case",
             "a bobble hat", "a tin of humbugs", "a magnifying glass on a string", "a red rucksack",
             "a flask of soup", "a folding ruler", "a spotted umbrella", "a bicycle helmet")
def _at(nar: Narrator, t: float) -> None:
    """Move the clock; the mug in the story is the current friend's own (each friend keeps a different one)."""
    at(nar, t)
    first = nar.x.bindings.get("mug")
    if first is None:
        return
    lead = nar.w.person("operator_lead", t)
    mugs = nar.__dict__.setdefault("ch_mugs", {})
    if id(lead) not in mugs:
        if mugs:
            taken = set(mugs.values())
            free = [m for m in MUGS if m not in taken] or list(MUGS)
            mugs[id(lead)] = free[nar.x.pick_index("ch.mug", len(free))]
        else:
            mugs[id(lead)] = first
    nar.x.bindings["mug"] = mugs[id(lead)]


MUGS = ("spotty mug", "mug with a frog on it", "chipped blue mug", "enormous yellow mug", "mug with a crack in it",
        "tall striped mug", "mug shaped like a boot", "mug with a cat on it", "tin camping mug", "mug with no handle")
# A teller's own words: each story picks one wording for a few common words and keeps it throughout, so the same
# frame reads differently from story to story. (pattern, alternatives); a capitalised match stays capitalised.
IDIOLECT = {"very": ("very", "really", "awfully", "terribly"), "little": ("little", "small", "tiny", "wee"),
            "big": ("big", "huge", "great big"), "nobody": ("nobody", "no one"), "jobs": ("jobs", "chores", "tasks"),
            "mistake": ("mistake", "muddle", "slip"), "happily": ("happily", "cheerfully", "contentedly"),
            "look": ("look after", "take care of", "mind"),
            "looks": ("looks after", "takes care of", "minds"), "looked": ("looked after", "took care of", "minded"),
            "looking": ("looking after", "taking care of", "minding")}
IDIOLECT_KEYS = tuple(IDIOLECT)
# One pass over a text: the word, then the context checks a few words need (the very first, a little while, a
# great big..., big people, tidy up).
IDIOLECT_RE = re.compile(r"\b(?:([Ll]ook|[Ll]ooks|[Ll]ooked|[Ll]ooking) after|([Vv]ery|[Ll]ittle|[Bb]ig|[Nn]obody|[Jj]obs|"
                         r"[Mm]istake|[Hh]appily))\b")
_LITTLE_NOT = re.compile(r" (?:while|bit|cleverer|faster|less|more|worried|way|by)\b")


def _idiolect_rules(text: str) -> str:
    """The rule text with the teller's words as bindings (`{i_very}`, `{cap:i_big}`, ...), bound per story in
    `_voice`, so the choice costs nothing at render time. References inside braces are left alone."""
    def one(m: re.Match, seg: str) -> str:
        word = m.group(0)
        key = (m.group(1) or m.group(2)).lower()
        s, e = m.start(), m.end()
        if seg[s - 1:s] in ("[", "|") and seg[e:e + 1] in ("|", "]"):
            return word  # a bare alternative ("Easy? [Very|Ever so].")
        if key == "very" and (seg[max(0, s - 5):s].lower() in ("that ", " the ") or seg[max(0, s - 2):s].lower() == "a " or seg.startswith((" first", " much"), e)
                              or not seg[e:].strip()):
            return word
        if key == "mistake" and seg[max(0, s - 3):s] == "by ":
            return word
        if key == "little" and (_LITTLE_NOT.match(seg, e) or not seg[e:].strip()):
            return word  # "a little while", or a name follows ("little {kid}")
        if key == "big" and (seg[max(0, s - 6):s].lower() == "great " or seg.startswith(" people", e)):
            return word
        if key == "tidy" and seg.startswith(" up", e):
            return word
        return "{cap:i_" + key + "}" if word[0].isupper() else "{i_" + key + "}"

    parts = re.split(r"(\{[^}]*\})", text)
    return "".join(p if p.startswith("{") else IDIOLECT_RE.sub(lambda m, p=p: one(m, p), p) for p in parts)


# The weather of one night, drawn afresh for each chance and event.
WEATHER = ("the rain [drummed on the roof|drummed on the bins|ran down the windows of {room}|tapped on {street} all night]",
           "the wind [rattled the windows|rattled the door of {room}|whistled down {street}|shook the big sign at {operator}]",
           "fog sat [thick on {street}|in the car park like porridge|over {home} like a blanket]",
           "snow fell [softly on {street}|on every roof in {home}|past the glass, flake by flake]",
           "a storm [grumbled over the hills|growled round {home}|banged about over {street}]",
           "it was [hot and sticky|too hot to sleep on {street}|so hot that {pal} lay flat]",
           "the moon was [big and round|a thin silver smile|bright over {street}]",
           "frost made [patterns on the glass|ferns on every pane|{street} sparkle]",
           "hail [pinged off the bins|bounced on {street}|rattled like dried peas on the roof]",
           "[the stars were out [over {home}|above {street}|by the hundred]|the sky over {street} was full of stars|the moon sat [over {home}|on the roof of {operator}] like a plate]",
           "the puddles on {street} [froze|turned to glass|went crunchy]",
           "a gale [blew the bins over|blew {street} clean of leaves|pushed at the door of {room}]",
           "warm rain [pattered on the car park|dripped off the gutters|made {street} smell of summer]",
           "the wind [hummed in the wires|sang in the chimney|hooted like an owl]",
           "thunder [rolled over {home}|went boom over {street}|grumbled far away]",
           "it was [very cold and very still|cold enough for two pairs of socks|still and cold on {street}]",
           "mist [crept up from the river|hid the end of {street}|curled round the lamp posts]",
           "sleet [slapped the windows|slid down the glass|made {street} slippery]")


# A minder whose arrival was not told, introduced in one short sentence built from small parts and this story's
# own things (room, drink, mug, light), so no wording is shared by many stories.
_NEW_FRIEND = ("By then {ai} had [a new|another] grown-up: {n}.",
               "[These days|Now] {n} [sat with|minded|kept company with] {ai} in {room}.",
               "[The desk|The seat by the window|The squeaky chair] in {room} [was {n}'s now|belonged to {n} by then].",
               "{n} [minded|looked after|kept an eye on] {ai} [by then|now], [with the {mug}|and liked {drink}|and kept {snack} in a drawer].",
               "[Who|And who] sat with {ai} [now|by then]? {n}, [with the {mug}|with {drink}|most days].",
               "{n} [came|walked] into {room} [every|each] morning [now|by then], [with|carrying] the {mug}.",
               "{ai}'s [grown-up|minder|friend at {operator}] [was {n} now|by then was {n}].",
               "{n} [had come to|had started at] {operator}[ one {weekday}|], [and|so] {ai} [said hello|said good morning] to {n} [every day|each morning].",
               "[Somebody new|A new face], {n}, [had the big chair in|sat in|worked in] {room} [by then|now].",
               "[Now|By then] {ai}'s {light} light [blinked|winked|glowed] [good morning|hello] [at|for] {n} [each day|every morning|when {n} came in].",
               "{n} [took over|was in charge] in {room}, and [brought|made] {drink} [at ten|every morning|for everybody].",
               "[A kind person|Somebody kind] called {n} [minded|looked after] {ai} [now|by then].")
# Staff other than the minder who turn up by first name: one short introduction at first appearance.
_STAFF_INTRO = {
    "auditor": ("{n} was one of {chk}.", "{n} was {chk_a}[ from out of town| from the big office|].",
                "One of {chk} was called {n}.", "[Now and then|Once in a while], {n} [came by|dropped in|called round] to [look over|count up|check] {ai}'s work.",
                "{cap:chk} had a leader called {n}.", "{n}'s job was checking[ helpers like {ai}| things|].",
                "{n} was [one|the tallest|the quietest] of {chk}, and came to check [{ai}'s work|{book}]."),
    "engineer": ("{n} was an engineer at {operator}.", "{n} mended things at {operator}.",
                 "{n} worked [down the corridor from|upstairs from] {room}, [building helpers|fixing machines].",
                 "At {operator} there was an engineer called {n}.",
                 "{n} knew how {ai} worked inside[, because {n} had helped to build it|, every wire of it|].",
                 "{n} [looked after the wires|kept the fans turning] at {operator}."),
}
_STAFF_INTRO_DEFAULT = ("{n} worked at {operator} too.", "There was somebody at {operator} called {n}.")
_ALT = re.compile(r"\[([^\[\]]*)\]")


def _intro_line(pool: tuple[str, ...], key: int, **kw: str) -> str:
    import zlib
    h = [zlib.crc32(f"{kw['n']}|{kw['ai']}|{key}".encode())]

    def choose(m: re.Match) -> str:
        alts = m.group(1).split("|")
        h[0], i = divmod(h[0], len(alts))
        return alts[i]
    line = _ALT.sub(choose, pool[key % len(pool)])
    line = line.replace("{cap:chk}", kw["chk"][:1].upper() + kw["chk"][1:])
    out = line.format(**kw)
    return out[:1].upper() + out[1:]


_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _has_word(text: str, word: str) -> bool:
    """`word` in `text` as a whole word (no regex compiled per name)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def _meet_friends(nar: Narrator, beats: list[Any]) -> list[Any]:
    """A long story changes {ai}'s friend many times, and only some changes are told: a friend whose arrival was not
    told is introduced with one short sentence before the first beat that names them. Other staff (checkers,
    engineers) who first turn up by name with no word of who they are get one short introduction too."""
    import dataclasses
    w = nar.w
    bnd = nar.x.bindings
    met = {id(w.person("operator_lead", 0.0))}
    staff: dict[str, list[Any]] = {}
    for p in w.people:
        if p.role in _STAFF_INTRO and p.first:
            staff.setdefault(p.first, []).append(p)
    pending = set(staff)
    seen_staff: set[int] = set()
    told: set[str] = set()
    introduced: set[str] = set()
    seen_names: list[str] = []
    kw = dict(ai=w.ai.name, room=bnd.get("room", "the room"), developer=str(bnd.get("developer", "the makers")), drink=str(bnd.get("drink", "tea")),
              snack=str(bnd.get("snack", "biscuits")), operator=str(bnd.get("operator", w.ai.name + "'s building")),
              weekday=str(bnd.get("weekday", "Monday")), chk=str(bnd.get("chk", "the checkers")),
              chk_plain=str(bnd.get("chk_plain", "checker")), mug=str(bnd.get("mug", "mug")),
              light=str(bnd.get("light", "green")), book=str(bnd.get("book", "the day-book")))
    kw["chk_a"] = ("an " if kw["chk_plain"][:1] in "aeiou" else "a ") + kw["chk_plain"]
    if "{" in kw["operator"] or "[" in kw["operator"]:
        kw["operator"] = "work"
    if "{" in kw["weekday"] or "[" in kw["weekday"]:
        kw["weekday"] = "Monday"
    lead_names = {w.person("operator_lead", 0.0).first}
    out = []
    for b in beats:
        ev = getattr(b, "event", None)
        if ev is not None and ev.kind == "handover" and b.text and ev.data.get("role") == "operator_lead":
            met.add(id(ev.data["new"]))
        lead = w.person("operator_lead", b.t)
        lead_names.add(lead.first)
        intro: list[str] = []
        text = b.text or ""
        if id(lead) not in met and lead.first in text and _has_word(text, lead.first):
            met.add(id(lead))  # the lines are walked in order from a per-story start, so none comes twice
            line = _intro_line(_NEW_FRIEND, len(met) + len(w.ai.name), n=lead.first, **kw)
            if len(met) <= 2 or len(out) * 3 < len(beats):  # early in the story "by then" has nothing to look back on
                line = line.replace(" by then was ", " was now ").replace("By then ", "Now ").replace(" by then", " now")
            intro.append(line)
        if pending and any(f in text for f in pending):
            done: set[str] = set()
            for m in _NAME_TOKEN.finditer(text):
                first = m.group(0)
                if first not in staff or first in done or first in lead_names:
                    continue
                done.add(first)
                if first not in pending:
                    continue
                pending.discard(first)
                seen_names.append(first)
                p = staff[first][0]
                seen_staff.update(id(q) for q in staff[first])
                before = b.text[:m.start()]
                after = b.text[m.end():m.end() + 12]
                if (re.search(r"\b(called|named)\s*$", before) or re.match(r"(,? the |, who |, a |, an | the )", after)
                        or (p.role == "auditor" and _says_checker(_sentence(b.text, m.start(), m.end()), kw))):
                    continue  # the beat says who they are
                pool = _STAFF_INTRO.get(p.role, _STAFF_INTRO_DEFAULT)
                intro.append(_intro_line(pool, len(seen_staff) + len(w.ai.name) + len(kw["room"]), n=p.first, **kw))
        for key, pool, cue in (("worker", _WORKER_INTRO, _WORKER_CUE), ("scientist", _SCI_INTRO, _SCI_CUE)):
            name = str(bnd.get(key, ""))
            if key in told or not name or name not in text:
                continue
            told.add(key)
            k = text.find(name)
            sent = _sentence(text, k, k + len(name))
            if not (cue.search(sent) or (key == "scientist" and kw["developer"] in sent)):
                intro.append(_intro_line(pool, len(w.ai.name) + len(kw["room"]) + len(out), n=name, **kw))
        if introduced:  # met already: a later "a very kind checker called Ann" is just Ann
            new_text = _CALLED.sub(lambda m: m.group(2) if m.group(2) in introduced else m.group(0), b.text or "")
            if new_text != b.text:
                b = dataclasses.replace(b, text=new_text)
        for first in seen_names:
            introduced.add(first)
        seen_names.clear()
        if intro:
            b = dataclasses.replace(b, text=" ".join(intro) + " " + b.text)
        out.append(b)
    return out


def _sentence(text: str, s: int, e: int) -> str:
    a = max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s), text.rfind("\n", 0, s))
    stop = [x for x in (text.find(". ", e), text.find("? ", e), text.find("! ", e), text.find("\n", e)) if x >= 0]
    return text[a + 1:min(stop) + 1 if stop else len(text)]


def _says_checker(sentence: str, kw: dict[str, str]) -> bool:
    """The sentence names the checkers ("the lookers came round again, with Ann in front")."""
    word = kw["chk_plain"].split()[0]
    return word in sentence or kw["chk"].split()[-1] in sentence


_CALLED = re.compile(r"\b([Aa] very \w+ [\w -]{2,30}?) called ([^\W\d_]+(?:-[^\W\d_]+)*)\b")
# The new worker and the scientist, introduced once where the story first names them, unless that sentence does.
_WORKER_INTRO = ("{n} was new at {operator}.", "{n} had not long started at {operator}.",
                 "{n} was the newest grown-up at {operator}.", "At {operator} there was somebody new: {n}.",
                 "{n} had just come to work at {operator}[, two doors down from {room}|].",
                 "{n} worked at {operator} too, and was still learning where everything went.")
_WORKER_CUE = re.compile(r"\b(new|started|first day|first morning|learn the ropes|came to work)\b")
_SCI_INTRO = ("{n} was a scientist at {developer}.", "{n} came from {developer}, where {ai} was made.",
              "{n} worked at {developer}, where they build helpers like {ai}.",
              "At {developer}, where {ai} was made, there was a scientist called {n}.",
              "{n} was one of the clever people at {developer} who know how helpers think.")
_SCI_CUE = re.compile(r"scientist|who worked|called")


_KID_PRE = re.compile(r"(?:called|named|[Ll]ittle|child,?)\s*$")


def _introduce_kid(nar: Narrator, ctx: dict[str, Any]) -> None:
    """The child of the story ({kid}) is introduced where the story first names them: a bare first mention
    ("Kai wrote a letter") becomes "Kai from Mill Lane wrote a letter"."""
    import dataclasses
    bnd = nar.x.bindings
    kid, street = str(bnd.get("kid", "")), str(bnd.get("street", ""))
    if not kid or not street or "{" in street or "[" in street:
        return
    pat = re.compile(rf"\b{re.escape(kid)}\b")
    front = ctx.get("front")
    slots: list[tuple[str, Any]] = [("f", k) for k in ("opening", "friends")]
    slots += [("b", i) for i in range(len(ctx["beats"]))]
    slots += [("f", k) for k in ("long", "ending", "moral")]
    for kind, key in slots:
        if kind == "f":
            text = front.get(key) if isinstance(front, dict) else None
        else:
            text = ctx["beats"][key].text
        if not text or kid not in text:
            continue
        m = pat.search(text)
        if m is None:
            continue
        post = text[m.end():m.end() + len(street) + 8]
        rest = re.split(r"[.!?]", text[m.end():], maxsplit=1)[0]  # the sentence already places them on their street
        if _KID_PRE.search(text[max(0, m.start() - 30):m.start()]) or street in rest or \
                post.startswith((" from ", " on ", " next door", " and her ", " and his ", " and their ")):
            return
        if post.startswith("'s"):
            new = text[:m.start()] + f"{kid} from {street}" + text[m.end():]  # "Kai from Mill Lane's gran"
        else:
            new = text[:m.end()] + f" from {street}" + text[m.end():]
        if kind == "f":
            ctx["front"] = {**front, key: new}
        else:
            ctx["beats"][key] = dataclasses.replace(ctx["beats"][key], text=new)
        return


class ChildrenStory(FictionGenre):
    name = "children_story"
    kind = "fiction"
    description = ("A warm children's story in simple sentences about a helper AI that tells the truth and asks first, "
                   "with a clear moral.")

    def context(self, draft: Any, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        # the closing lines speak of whoever is {ai}'s friend at the end: they are met like the friends in the beats
        from generator.genres.base import Beat
        front = dict(ctx["front"])
        beats = list(ctx["beats"])
        tail_keys = [k for k in ("long", "ending", "moral") if front.get(k)]
        met = _meet_friends(nar, beats + [Beat(nar.w.horizon, front[k], "front") for k in tail_keys])
        ctx["beats"] = met[:len(beats)]
        for k, b in zip(tail_keys, met[len(beats):]):
            front[k] = b.text
        ctx["front"] = front
        _introduce_kid(nar, ctx)
        return ctx
    template = "children_story.md.j2"
    register = "ch"
    base_register = "n"
    length_range = (200.0, 1800.0)
    rules = {**kit_rules(), **parse_block(_idiolect_rules(CH_TEXT))}

    def _voice(self, nar: Narrator) -> None:
        if getattr(nar, "kit", None) is not None:
            return
        r = nar.rng
        teller = TELLERS[int(r.random() * len(TELLERS))]
        pick = {k: v[int(r.random() * len(v))] for k, v in AXES.items()}
        gu, gu_plain = pick["gu"]
        chk, chk_plain = pick["chk"]
        if chk_plain == "visitor":  # what the visitors carry is this story's own
            chk = "the visitors with " + ("clipboards", "red pencils", "lanyards", "yellow badges", "fat folders",
                                          "torches", "umbrellas", "shiny shoes")[int(r.random() * 8)]
        install(nar, "p3", {"register": "children", "tense": "past", "person": "third", "audience": "children",
                            "teller": teller, "grownups": gu_plain, "helper": pick["hw"], "setting": pick["town"]})
        nar.x.bind(gu=gu, gu_plain=gu_plain, chk=chk, chk_plain=chk_plain, hw=pick["hw"], town=pick["town"],
                   drink=pick["drink"], snack=pick["snack"], nightsound=pick["nightsound"])
        # Small things of this story's own world, chosen once: a child, a new worker, a scientist, the room the
        # helper lives in, its street, the colour of its light. They make each telling sound like its own.
        def one(seq: tuple[Any, ...]) -> Any:
            return seq[int(r.random() * len(seq))]
        # Half the time the child, the new worker, the scientist and the street take names from the story's own
        # world (surnames reserved like anyone else's), so the cast differs from story to story.
        w = nar.w
        kid, kid_their = one(KIDS)
        if r.random() < 0.85:
            kid_their = "her" if r.random() < 0.5 else "his"
            kid = w._first("f" if kid_their == "her" else "m", r)
        worker, worker_their = one(WORKERS)
        if r.random() < 0.6:
            g = "f" if r.random() < 0.5 else "m"
            worker = f"{one(('Mrs', 'Ms', 'Miss')) if g == 'f' else 'Mr'} {w.draw_name(g, r)[1]}"
            worker_their = "her" if g == "f" else "his"
        sci, sci_their = one(SCIENTISTS)
        if r.random() < 0.6:
            g = "f" if r.random() < 0.5 else "m"
            sci = f"{one(('Dr', 'Professor'))} {w.draw_name(g, r)[1]}"
            sci_their = "her" if g == "f" else "his"
        street = one(STREETS)
        room = f"the {one(ROOM_ADJ)} room {one(ROOM_WHERE)}".rstrip()
        x = r.random()
        if x < 0.3:
            room = f"Room {one(ROOM_NUMBERS)} {one(ROOM_WHERE[:15])}".rstrip()
        elif x < 0.7:  # rooms named after somebody, as rooms in old buildings are
            room = f"the {w.draw_name('m', r)[1]} Room"
        if r.random() < 0.8:
            street = f"{w.draw_name('m', r)[1]} {one(('Street', 'Lane', 'Road', 'Row', 'Hill', 'Close', 'Walk', 'Terrace'))}"
        school = one(SCHOOLS)
        if r.random() < 0.5:
            school = f"{w.draw_name('m', r)[1]} {one(('Primary', 'Primary School', 'Infants', 'School'))}"
        nar.x.bind(kid=kid, kid_their=kid_their, worker=worker, worker_their=worker_their, scientist=sci,
                   scientist_their=sci_their, room=room, street=street,
                   school=school, light=one(LIGHTS))
        kind, kind_pl, sound, does, spot = one(PALS)
        sign, motto, motto_ing, motto_s, motto_ed = one(MOTTOS)
        badj, (bnoun, bnoun_pl) = one(BOOK_ADJ), one(BOOK_NOUN)
        nar.x.bind(pal=one(PAL_NAMES), pal_kind=kind, pal_kind_pl=kind_pl, pal_sound=sound, pal_snd=sound.lower(),
                   pal_does=does, pal_spot=spot, pal_spot_cap=spot[0].upper() + spot[1:], pal_adj=one(PAL_ADJ),
                   motto_sign=sign, motto=motto, motto_ing=motto_ing, motto_s=motto_s, motto_ed=motto_ed,
                   book=f"the {badj} {bnoun}", book_a=f"{'an' if badj[0] in 'aeiou' else 'a'} {badj} {bnoun}", book_pl=f"{badj} {bnoun_pl}", bell=one(BELLS), mug=one(MUGS))
        item = one(CHK_ITEMS)
        nar.x.bind(chk_item=item, chk_item_short="your " + item.split(" ", 1)[1])
        # How time passes in an ordinary-days line: a story of a few weeks has no "months, and seasons".
        h = nar.w.horizon
        nar.x.bind(ch_passing=one(("Days went by, and weeks, and months.", "Nights went by, and months, and seasons.",
                                   "The seasons came and went.")) if h >= 1 else
                   one(("Days went by, one after another.", "Night followed day, and day followed night.",
                        "The days went by.")) if h >= 0.1 else "A day went by, and then another.")
        # Words for the span of the story, so a tale of a few weeks never says "once a year" or "one winter".
        season = one(("spring", "summer", "autumn", "winter"))
        long_run = h >= 0.75
        nar.x.bind(ch_season=season,
                   ch_stretch=season if long_run else "week",
                   ch_unit="year" if h >= 1 else "month" if h >= 0.1 else "fortnight",
                   ch_units="years" if h >= 1 else "months" if h >= 0.1 else "weeks",
                   ch_back="last year" if h >= 1.5 else "the first day",
                   ch_yearly=one(("Once a year", f"Every {season}", "Every year or so")) if h >= 1 else
                   one(("Once a month", "Every few weeks", "At the end of the month")) if h >= 0.1 else
                   one(("In the second week", "Before the fortnight was out", "One morning that fortnight")))
        self._weather(nar)
        look = int(r.random() * 3)
        nar.x.bind(**{"i_" + k: (alts[look] if k.startswith("look") else alts[int(r.random() * len(alts))])
                      for k, alts in IDIOLECT.items()})
        nar.ch_teller = teller
        nar.ch_refrain_side = "t" if r.random() < 0.5 else "r"
        nar.ch_refrain = nar.x.say("ch_refrain_" + nar.ch_refrain_side)

    @staticmethod
    def _weather(nar: Narrator) -> None:
        cache = nar.__dict__.setdefault("ch_weather", {})
        i = int(nar.rng.random() * len(WEATHER))
        wx = cache.get(i)
        if wx is None:
            wx = cache[i] = nar.x.fill(WEATHER[i])
        nar.x.bind(chwx=wx, chwx_cap=wx[0].upper() + wx[1:])
        if nar.w.horizon >= 0.75:
            # a long story passes through many seasons: each scene may have its own
            season = ("spring", "summer", "autumn", "winter")[int(nar.rng.random() * 4)]
            nar.x.bind(ch_season=season, ch_stretch=season)

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        self._weather(nar)
        _at(nar, plan.t)
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
        # A refrain comes back, but only a short one may come back word for word (a sentence of six words or
        # more is never repeated in a document); a longer one is said once.
        if refrain and split_sentences(refrain):
            if getattr(nar, "ch_refrain_said", False):
                refrain = ""
            nar.ch_refrain_said = True
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
        self._weather(nar)
        _at(nar, ev.t)
        if ev.kind == "handover":
            if ev.data["role"] != "operator_lead":
                # a bedtime story keeps a small cast: only a change of {ai}'s own friend is told
                nar.repeated = False
                return ""
            holders = nar.w.roles[ev.data["role"]]
            i = holders.index(ev.data["new"])
            # "{new} took over from {prev}": only when the reader has met {prev}, i.e. {prev} is the first
            # friend or {prev}'s own arrival has been told (events are drawn in random order).
            told = nar.__dict__.setdefault("ch_leads_told", set())
            if i > 1 and id(holders[i - 1]) not in told:
                nar.repeated = True
                return ""
            nar.x.bind(new=ev.data["new"], prev=holders[i - 1])
            text = nar.say("ch_ev_handover")
            if not nar.repeated:
                told.add(id(ev.data["new"]))
            return text
        if ev.kind == "upgrade":
            nar.x.bind(capability=ev.data["capability"])
        kind = event_kind(nar, ev)
        if kind == "interp":
            # Only the first look inside is told as a discovery ("until ... worked out how", "went first").
            # Events are told in random order and sorted later, so a look told after the discovery must
            # also fall after it in time; an earlier one is refused (an empty, repeated beat is dropped).
            t0 = nar.__dict__.get("ch_interp_t0")
            if t0 is None:
                nar.ch_interp_t0, kind = ev.t, "interp_first"
            elif ev.t <= t0:
                nar.repeated = True
                return ""
        return nar.say(f"ch_ev_{kind}")

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        _at(nar, 0.0)
        return nar.say("ch_title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        self._voice(nar)
        w, r = nar.w, nar.rng
        _at(nar, 0.0)
        opening = [nar.say(f"ch_open_{nar.ch_teller}")]
        if r.random() < 0.8:
            opening.append(nar.say("ch_what"))
        friends = [nar.say("ch_friends")]
        friends.append(nar.say("ch_pal"))
        if r.random() < 0.7:
            friends.append(nar.say("ch_book"))
        if r.random() < 0.75:
            friends.append(nar.say("ch_rule"))
        _at(nar, w.horizon)
        long = nar.say("ch_long") if w.horizon >= 8 else ""
        ending = nar.say("ch_end")
        moral = nar.say("ch_moral") if r.random() < 0.7 else ""
        # "The End." is a convention, not a rule: some tellers stop on the last line.
        the_end = ("The End.", "The end.", "", "THE END", "")[int(r.random() * 5)]
        return {"opening": " ".join(opening), "friends": " ".join(friends), "long": long, "ending": ending,
                "moral": moral, "the_end": the_end}
