package jixiao.scoring.fact;

import jixiao.scoring.Light;

/** 90-monitoring.drl, at mid-year: the subject's light, the worst of its indicators' and its spending's. */
public record SubjectLight(Light light) {
}
