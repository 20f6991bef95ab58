package io.guestlab.debug.core.session;

import java.util.List;

/** A group of the Registers view: general, floating point, CSRs of a privilege level, a device. */
public record RegisterGroupInfo(String name, List<RegisterInfo> registers) {
}
