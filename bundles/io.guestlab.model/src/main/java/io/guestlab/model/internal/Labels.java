package io.guestlab.model.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.guestlab.model.Console;
import io.guestlab.model.DeviceTree;
import io.guestlab.model.DeviceTreeProperty;
import io.guestlab.model.Disk;
import io.guestlab.model.Flash;
import io.guestlab.model.GenericLoader;
import io.guestlab.model.Machine;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ResultCheck;
import io.guestlab.model.Rng;
import io.guestlab.model.Semihosting;
import io.guestlab.model.TestCase;
import io.guestlab.model.TestDiscovery;
import io.guestlab.model.TestSuite;

/** Names model elements the way a user would point at them in their file. */
final class Labels {

    private Labels() {
    }

    static String of(EObject element) {
        return switch (element) {
            case Machine m -> named("machine", m.getName());
            case Disk d -> d.getImage() != null ? "disk " + d.getImage() : "disk #" + (index(d) + 1);
            case Flash f -> f.getImage() != null ? "flash " + f.getImage() : "flash unit " + f.getUnit();
            case GenericLoader l -> l.getFile() != null && !l.getFile().isBlank() ? "loader " + l.getFile() : "loader at " + l.getAddress();
            case Console c -> "console";
            case Rng r -> "rng";
            case Semihosting s -> "semihosting";
            case DeviceTree t -> "device tree";
            case DeviceTreeProperty p -> "device-tree property " + path(p);
            case TestSuite s -> named("test suite", s.getName());
            case ReadyPhase r -> "boot-to-ready phase";
            case TestCase t -> t.getName() != null ? "test case '" + t.getName() + "'" : "test case #" + (index(t) + 1);
            case TestDiscovery t -> t.getFolder() != null ? "tests discovered in " + t.getFolder()
                    : "test discovery #" + (index(t) + 1);
            case ResultCheck r -> r.eContainer() != null ? "result of " + of(r.eContainer()) : "result";
            default -> element.eClass().getName();
        };
    }

    private static String named(String kind, String name) {
        return name != null && !name.isBlank() ? kind + " '" + name + "'" : kind;
    }

    private static String path(DeviceTreeProperty p) {
        String node = p.getNode() != null ? p.getNode() : "?";
        return (node.endsWith("/") ? node : node + "/") + (p.getName() != null ? p.getName() : "?");
    }

    private static int index(EObject element) {
        EObject container = element.eContainer();
        if (container == null || !element.eContainmentFeature().isMany()) {
            return 0;
        }
        return ((List<?>) container.eGet(element.eContainmentFeature())).indexOf(element);
    }
}
