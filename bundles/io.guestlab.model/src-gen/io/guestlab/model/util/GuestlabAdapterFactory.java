/**
 */
package io.guestlab.model.util;

import io.guestlab.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.guestlab.model.GuestlabPackage
 * @generated
 */
public class GuestlabAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GuestlabPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestlabAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = GuestlabPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GuestlabSwitch<Adapter> modelSwitch =
		new GuestlabSwitch<Adapter>() {
			@Override
			public Adapter caseMachine(Machine object) {
				return createMachineAdapter();
			}
			@Override
			public Adapter caseDeviceTree(DeviceTree object) {
				return createDeviceTreeAdapter();
			}
			@Override
			public Adapter caseDeviceTreeProperty(DeviceTreeProperty object) {
				return createDeviceTreePropertyAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseDisk(Disk object) {
				return createDiskAdapter();
			}
			@Override
			public Adapter caseFlash(Flash object) {
				return createFlashAdapter();
			}
			@Override
			public Adapter caseGenericLoader(GenericLoader object) {
				return createGenericLoaderAdapter();
			}
			@Override
			public Adapter caseConsole(Console object) {
				return createConsoleAdapter();
			}
			@Override
			public Adapter caseRng(Rng object) {
				return createRngAdapter();
			}
			@Override
			public Adapter caseSemihosting(Semihosting object) {
				return createSemihostingAdapter();
			}
			@Override
			public Adapter caseTestSuite(TestSuite object) {
				return createTestSuiteAdapter();
			}
			@Override
			public Adapter caseReadyPhase(ReadyPhase object) {
				return createReadyPhaseAdapter();
			}
			@Override
			public Adapter caseTestSource(TestSource object) {
				return createTestSourceAdapter();
			}
			@Override
			public Adapter caseTestCase(TestCase object) {
				return createTestCaseAdapter();
			}
			@Override
			public Adapter caseTestDiscovery(TestDiscovery object) {
				return createTestDiscoveryAdapter();
			}
			@Override
			public Adapter caseResultCheck(ResultCheck object) {
				return createResultCheckAdapter();
			}
			@Override
			public Adapter caseExitCodeResult(ExitCodeResult object) {
				return createExitCodeResultAdapter();
			}
			@Override
			public Adapter caseTapResult(TapResult object) {
				return createTapResultAdapter();
			}
			@Override
			public Adapter caseKtapResult(KtapResult object) {
				return createKtapResultAdapter();
			}
			@Override
			public Adapter caseConsoleResult(ConsoleResult object) {
				return createConsoleResultAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Machine
	 * @generated
	 */
	public Adapter createMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.DeviceTree <em>Device Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.DeviceTree
	 * @generated
	 */
	public Adapter createDeviceTreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.DeviceTreeProperty <em>Device Tree Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.DeviceTreeProperty
	 * @generated
	 */
	public Adapter createDeviceTreePropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Disk
	 * @generated
	 */
	public Adapter createDiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Flash <em>Flash</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Flash
	 * @generated
	 */
	public Adapter createFlashAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.GenericLoader <em>Generic Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.GenericLoader
	 * @generated
	 */
	public Adapter createGenericLoaderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Console <em>Console</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Console
	 * @generated
	 */
	public Adapter createConsoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Rng <em>Rng</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Rng
	 * @generated
	 */
	public Adapter createRngAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.Semihosting <em>Semihosting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.Semihosting
	 * @generated
	 */
	public Adapter createSemihostingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.TestSuite <em>Test Suite</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.TestSuite
	 * @generated
	 */
	public Adapter createTestSuiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.ReadyPhase <em>Ready Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.ReadyPhase
	 * @generated
	 */
	public Adapter createReadyPhaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.TestSource <em>Test Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.TestSource
	 * @generated
	 */
	public Adapter createTestSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.TestCase <em>Test Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.TestCase
	 * @generated
	 */
	public Adapter createTestCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.TestDiscovery <em>Test Discovery</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.TestDiscovery
	 * @generated
	 */
	public Adapter createTestDiscoveryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.ResultCheck <em>Result Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.ResultCheck
	 * @generated
	 */
	public Adapter createResultCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.ExitCodeResult <em>Exit Code Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.ExitCodeResult
	 * @generated
	 */
	public Adapter createExitCodeResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.TapResult <em>Tap Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.TapResult
	 * @generated
	 */
	public Adapter createTapResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.KtapResult <em>Ktap Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.KtapResult
	 * @generated
	 */
	public Adapter createKtapResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.guestlab.model.ConsoleResult <em>Console Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.guestlab.model.ConsoleResult
	 * @generated
	 */
	public Adapter createConsoleResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //GuestlabAdapterFactory
