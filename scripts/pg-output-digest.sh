#!/usr/bin/env bash
# Dumps what a PostgreSQL store holds, keyed by article content (md5 of text) rather than ids, so that two runs
# (main vs branch, one worker vs two) can be compared with `diff <(sort A.entities) <(sort B.entities)`.
# Usage: scripts/pg-output-digest.sh <database url> <output prefix>
DB=$1; OUT=$2
psql -At "$DB" -c "SELECT md5(a.text), md5(an.doc), s.story_id, s.event_id FROM articles a LEFT JOIN analyses an ON an.article_id=a.id LEFT JOIN article_stories s ON s.article_id=a.id ORDER BY 1" > $OUT.articles
psql -At "$DB" -c "SELECT e.key, e.kind, e.name, count(m.*), count(DISTINCT m.article_id) FROM entities e LEFT JOIN mentions m ON m.entity_id=e.id GROUP BY 1,2,3 ORDER BY 1" > $OUT.entities
psql -At "$DB" -c "SELECT md5(a.text), q.start_offset, q.end_offset, q.speaker, e.key, md5(q.text) FROM quotes q JOIN articles a ON a.id=q.article_id LEFT JOIN entities e ON e.id=q.speaker_entity_id ORDER BY 1,2,3" > $OUT.quotes
psql -At "$DB" -c "SELECT md5(a.text), e.key, m.start_offset, m.end_offset FROM mentions m JOIN articles a ON a.id=m.article_id JOIN entities e ON e.id=m.entity_id ORDER BY 1,3,4,2" > $OUT.mentions
psql -At "$DB" -c "SELECT key, md5(value) FROM meta WHERE key NOT LIKE 'schema%' ORDER BY 1" > $OUT.meta
wc -l $OUT.*
