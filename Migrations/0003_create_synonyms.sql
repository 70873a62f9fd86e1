-- Words the query layer treats as one: a search for "backed" also finds "endorsed" and "supported".
-- Members of a group are matched by their Porter stem; a member with a space or hyphen is a phrase.
-- Users extend it with `news-archive synonyms add WORD WORD…`.

CREATE TABLE synonyms (
    group_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (group_id, term)
) WITHOUT ROWID;
CREATE INDEX synonyms_term ON synonyms (term);

INSERT INTO synonyms (group_id, term) VALUES
    (1, 'back'), (1, 'endorse'), (1, 'support'), (1, 'champion'), (1, 'favour'), (1, 'favor'),
    (2, 'oppose'), (2, 'reject'), (2, 'rule out'), (2, 'refuse'), (2, 'dismiss'),
    (3, 'leader'), (3, 'president'), (3, 'prime minister'), (3, 'chancellor'), (3, 'premier'),
    (3, 'head of state'), (3, 'head of government'),
    (4, 'minister'), (4, 'secretary'),
    (5, 'troops'), (5, 'soldiers'),
    (6, 'deploy'), (6, 'send'), (6, 'dispatch'),
    (7, 'peacekeeping'), (7, 'peace-keeping'),
    (8, 'ceasefire'), (8, 'cease-fire'), (8, 'truce'), (8, 'armistice'),
    (9, 'agreement'), (9, 'deal'), (9, 'accord'), (9, 'treaty'), (9, 'pact'),
    (10, 'talks'), (10, 'negotiations'), (10, 'dialogue'),
    (11, 'guarantee'), (11, 'assurance'), (11, 'pledge'),
    (12, 'attack'), (12, 'strike'), (12, 'assault'), (12, 'offensive'), (12, 'raid'),
    (13, 'sanctions'), (13, 'embargo'),
    (14, 'aid'), (14, 'assistance'),
    (15, 'election'), (15, 'vote'), (15, 'ballot'), (15, 'poll'),
    (16, 'company'), (16, 'firm'), (16, 'business'), (16, 'corporation'),
    (17, 'country'), (17, 'nation'),
    (18, 'us'), (18, 'united states'), (18, 'usa'), (18, 'america'),
    (19, 'uk'), (19, 'united kingdom'), (19, 'britain'),
    (20, 'eu'), (20, 'european union'),
    (21, 'kyiv'), (21, 'kiev');
