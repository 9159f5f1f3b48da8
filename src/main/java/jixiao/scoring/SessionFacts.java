package jixiao.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.fact.BudgetExecution;
import jixiao.scoring.fact.Classified;
import jixiao.scoring.fact.Deviation;
import jixiao.scoring.fact.Grade;
import jixiao.scoring.fact.GroupScore;
import jixiao.scoring.fact.Lit;
import jixiao.scoring.fact.Progress;
import jixiao.scoring.fact.Projection;
import jixiao.scoring.fact.Score;
import jixiao.scoring.fact.Settled;
import jixiao.scoring.fact.SpendingLight;
import jixiao.scoring.fact.SubjectLight;
import jixiao.scoring.fact.Target;
import jixiao.scoring.fact.Total;
import jixiao.scoring.fact.Unscored;

/** What a session concluded, read once from its working memory: the facts about each indicator by its place. */
final class SessionFacts {
    final Unscored[] unscored;
    final Classified[] classified;
    final Target[] target;
    final Score[] score;
    final Settled[] settled;
    final Progress[] progress;
    final Lit[] lit;
    final Projection[] projection;
    final Map<String, GroupScore> groups = new HashMap<>();
    final List<Deviation> deviations = new ArrayList<>();
    BudgetExecution budget;
    SpendingLight spendingLight;
    Total total;
    Grade grade;
    SubjectLight subjectLight;

    SessionFacts(List<Object> facts, int indicators) {
        unscored = new Unscored[indicators];
        classified = new Classified[indicators];
        target = new Target[indicators];
        score = new Score[indicators];
        settled = new Settled[indicators];
        progress = new Progress[indicators];
        lit = new Lit[indicators];
        projection = new Projection[indicators];
        for (Object f : facts) {
            read(f);
        }
    }

    private void read(Object f) {
        if (f instanceof Settled s) {
            settled[s.seq()] = s;
        } else if (f instanceof Score s) {
            score[s.seq()] = s;
        } else if (f instanceof Classified c) {
            classified[c.seq()] = c;
        } else if (f instanceof Target t) {
            target[t.seq()] = t;
        } else if (f instanceof Unscored u) {
            unscored[u.seq()] = u;
        } else if (f instanceof Deviation d) {
            deviations.add(d);
        } else if (f instanceof Lit l) {
            lit[l.seq()] = l;
        } else if (f instanceof Progress p) {
            progress[p.seq()] = p;
        } else if (f instanceof Projection p) {
            projection[p.seq()] = p;
        } else if (f instanceof GroupScore g) {
            groups.put(g.name(), g);
        } else if (f instanceof BudgetExecution b) {
            budget = b;
        } else if (f instanceof SpendingLight l) {
            spendingLight = l;
        } else if (f instanceof Total t) {
            total = t;
        } else if (f instanceof Grade g) {
            grade = g;
        } else if (f instanceof SubjectLight l) {
            subjectLight = l;
        }
    }
}
