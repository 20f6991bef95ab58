import java.io.File;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model-code generator without Eclipse (no OSGi, no workspace, no JDT merge).
 *
 * Usage: GenerateModel GENMODEL PROJECT_NAME OUTPUT_ROOT
 *
 * The genmodel's modelDirectory ("/PROJECT_NAME/src-gen") is mapped onto OUTPUT_ROOT, which must be
 * an empty folder: the generator writes fresh files and never merges, so the result depends on the
 * .ecore and .genmodel only. tools/model/generate moves the Java sources into place.
 */
public final class GenerateModel {
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: GenerateModel GENMODEL PROJECT_NAME OUTPUT_ROOT");
            System.exit(2);
        }
        File genModelFile = new File(args[0]).getAbsoluteFile();
        String project = args[1];
        File outputRoot = new File(args[2]).getAbsoluteFile();

        // The registrations Eclipse would make from plugin.xml files.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(outputRoot.getPath() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource resource = resources.getResource(URI.createFileURI(genModelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);

        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            report(problems.getChildren().isEmpty() ? List.of(problems) : problems.getChildren());
            System.exit(1);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            report(result.getChildren().isEmpty() ? List.of(result) : result.getChildren());
            System.exit(1);
        }
    }

    private static void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            System.err.println("generate: " + d.getMessage());
            if (d.getException() != null) {
                d.getException().printStackTrace();
            }
        }
    }
}
