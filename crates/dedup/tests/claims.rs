//! Claim clustering on paraphrases from stories the lexicon was not written for.

use newsclaim_dedup::{cluster_claims, ClaimClusterConfig, ClaimKey};

fn key<'a>(doc: usize, act: &'a str, actors: &'a str, content: &'a str) -> ClaimKey<'a> {
    ClaimKey { doc, act, actors, content }
}

fn clusters_as_sets(claims: &[ClaimKey<'_>]) -> Vec<Vec<usize>> {
    cluster_claims(claims, &ClaimClusterConfig::default())
        .into_iter()
        .map(|c| {
            assert!(c.members.contains(&c.representative));
            c.members
        })
        .collect()
}

#[test]
fn paraphrases_across_outlets_cluster_and_different_claims_do_not() {
    let claims = [
        // 0-2: the UN wants a ceasefire
        key(0, "demand", "United Nations", "an immediate ceasefire in Gaza"),
        key(1, "demand", "United Nations", "a truce in Gaza without delay"),
        key(2, "demand", "United Nations", "that a cease-fire take effect in Gaza at once"),
        // 3: same actor, same act, same place, different claim
        key(1, "demand", "United Nations", "unhindered access for aid convoys"),
        // 4-5: China rejects the tariffs
        key(0, "reject", "China", "new American tariffs on steel imports"),
        key(2, "reject", "China", "Washington's steel import tariffs"),
        // 6: the United States proposes talks (other act, other actor)
        key(2, "propose", "United States", "talks on steel tariffs"),
        // 7-8: Iran denies weapons plans
        key(0, "deny", "Iran", "plans to build a nuclear weapon"),
        key(1, "deny|reject", "Iran", "any plan to develop atomic weapons"),
    ];
    assert_eq!(clusters_as_sets(&claims), vec![vec![0, 1, 2], vec![4, 5], vec![7, 8]]);
}

#[test]
fn withdrawal_demands_by_opposite_sides_stay_apart() {
    let claims = [
        key(0, "demand", "Armenia", "the withdrawal of Azerbaijani troops from the border"),
        key(1, "demand", "Armenia", "Azerbaijan pull its forces back from the frontier"),
        key(0, "demand", "Azerbaijan", "the withdrawal of Armenian troops from the border"),
        key(1, "demand", "Azerbaijan", "Armenia pull back its soldiers from the frontier"),
    ];
    assert_eq!(clusters_as_sets(&claims), vec![vec![0, 1], vec![2, 3]]);
}

#[test]
fn result_follows_the_claims_not_their_order() {
    let claims = [
        key(0, "demand", "European Union", "a halt to the enlargement of settlements"),
        key(1, "demand", "European Union", "that settlement expansion stop"),
        key(2, "warn", "European Union", "of sanctions"),
        key(3, "warn", "European Union; G7", "of punitive measures"),
    ];
    let forward = clusters_as_sets(&claims);
    let mut reversed = claims;
    reversed.reverse();
    let mut back: Vec<Vec<usize>> = clusters_as_sets(&reversed)
        .into_iter()
        .map(|c| {
            let mut c: Vec<usize> = c.into_iter().map(|i| claims.len() - 1 - i).collect();
            c.sort_unstable();
            c
        })
        .collect();
    back.sort();
    assert_eq!(forward, back);
    assert_eq!(forward, vec![vec![0, 1], vec![2, 3]]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const ACTS: [&str; 3] = ["demand", "reject", "warn"];
    const ACTORS: [&str; 4] = ["Russia", "NATO", "United States; NATO", "China"];
    const WORDS: [&str; 12] = [
        "troops",
        "withdrawal",
        "border",
        "sanctions",
        "talks",
        "guarantees",
        "expansion",
        "membership",
        "the",
        "of",
        "pull back",
        "weapons",
    ];

    fn claims() -> impl Strategy<Value = Vec<(usize, usize, usize, Vec<usize>)>> {
        prop::collection::vec(
            (0usize..4, 0..ACTS.len(), 0..ACTORS.len(), prop::collection::vec(0..WORDS.len(), 0..6)),
            0..25,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn clusters_are_disjoint_multi_source_and_consistent(raw in claims()) {
            let contents: Vec<String> = raw
                .iter()
                .map(|(_, _, _, words)| words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" "))
                .collect();
            let keys: Vec<ClaimKey<'_>> = raw
                .iter()
                .zip(&contents)
                .map(|((doc, act, actors, _), content)| key(*doc, ACTS[*act], ACTORS[*actors], content))
                .collect();
            let clusters = cluster_claims(&keys, &ClaimClusterConfig::default());
            let mut seen = vec![false; keys.len()];
            for cluster in &clusters {
                prop_assert!(cluster.members.contains(&cluster.representative));
                prop_assert!(cluster.members.windows(2).all(|w| w[0] < w[1]));
                let mut docs: Vec<usize> = cluster.members.iter().map(|&m| keys[m].doc).collect();
                docs.sort_unstable();
                docs.dedup();
                prop_assert!(docs.len() >= 2);
                let act = keys[cluster.members[0]].act;
                for &m in &cluster.members {
                    prop_assert!(!seen[m]);
                    seen[m] = true;
                    prop_assert_eq!(keys[m].act, act);
                }
            }
            prop_assert!(clusters.windows(2).all(|w| w[0].members[0] < w[1].members[0]));
        }
    }
}
