-- Each synonym member says in which sense it belongs to its group and whether a query word matching it
-- is widened to the other members (see SynonymTable.Member).
--
-- sense 'verb': the member belongs to the group as a verb, and widens a query word only where the
-- query uses that word as one (inflected, as in "backed", or after "who", "to", "will", "not", a
-- pronoun or an auxiliary, or before a determiner, as in "back the plan"): "back taxes" stays "back".
-- sense 'any' (the default, and what `news-archive synonyms add` writes): every use widens.
--
-- widens 0: the member stands for itself alone. The seeded leader group is directional: "leader"
-- widens to its kinds (president, chancellor, …), but "chancellor" is not widened to "president".
-- widens 1 (the default): the member widens to every member of its group.
--
-- Only the seeded members are marked, wherever a user's edits have put them; groups and members users
-- added keep the defaults, and so behave as before.

ALTER TABLE synonyms ADD COLUMN sense TEXT NOT NULL DEFAULT 'any';
ALTER TABLE synonyms ADD COLUMN widens INTEGER NOT NULL DEFAULT 1;

UPDATE synonyms SET sense = 'verb'
WHERE term IN (
    'back', 'endorse', 'support', 'champion', 'favour', 'favor',
    'oppose', 'reject', 'rule out', 'refuse', 'dismiss',
    'deploy', 'send', 'dispatch');

UPDATE synonyms SET widens = 0
WHERE term IN ('president', 'prime minister', 'chancellor', 'premier', 'head of state', 'head of government')
    AND group_id IN (SELECT group_id FROM synonyms WHERE term = 'leader');
