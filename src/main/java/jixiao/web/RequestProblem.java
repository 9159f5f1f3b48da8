package jixiao.web;

import jixiao.scoring.InputProblem;

/** A request that cannot be read as sent (a field missing, out of bounds, of the wrong type …), with its path. */
public final class RequestProblem extends InputProblem {

    public RequestProblem(String code, String message, String path) {
        super(code, message, path);
    }
}
