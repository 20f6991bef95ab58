/**
 */
package io.guestlab.model.util;

import io.guestlab.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.guestlab.model.GuestlabPackage
 * @generated
 */
public class GuestlabSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GuestlabPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestlabSwitch() {
		if (modelPackage == null) {
			modelPackage = GuestlabPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case GuestlabPackage.MACHINE: {
				Machine machine = (Machine)theEObject;
				T result = caseMachine(machine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.DEVICE_TREE: {
				DeviceTree deviceTree = (DeviceTree)theEObject;
				T result = caseDeviceTree(deviceTree);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.DEVICE_TREE_PROPERTY: {
				DeviceTreeProperty deviceTreeProperty = (DeviceTreeProperty)theEObject;
				T result = caseDeviceTreeProperty(deviceTreeProperty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.DEVICE: {
				Device device = (Device)theEObject;
				T result = caseDevice(device);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.DISK: {
				Disk disk = (Disk)theEObject;
				T result = caseDisk(disk);
				if (result == null) result = caseDevice(disk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.FLASH: {
				Flash flash = (Flash)theEObject;
				T result = caseFlash(flash);
				if (result == null) result = caseDevice(flash);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.GENERIC_LOADER: {
				GenericLoader genericLoader = (GenericLoader)theEObject;
				T result = caseGenericLoader(genericLoader);
				if (result == null) result = caseDevice(genericLoader);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.CONSOLE: {
				Console console = (Console)theEObject;
				T result = caseConsole(console);
				if (result == null) result = caseDevice(console);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.RNG: {
				Rng rng = (Rng)theEObject;
				T result = caseRng(rng);
				if (result == null) result = caseDevice(rng);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.SEMIHOSTING: {
				Semihosting semihosting = (Semihosting)theEObject;
				T result = caseSemihosting(semihosting);
				if (result == null) result = caseDevice(semihosting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.TEST_SUITE: {
				TestSuite testSuite = (TestSuite)theEObject;
				T result = caseTestSuite(testSuite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.READY_PHASE: {
				ReadyPhase readyPhase = (ReadyPhase)theEObject;
				T result = caseReadyPhase(readyPhase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.TEST_SOURCE: {
				TestSource testSource = (TestSource)theEObject;
				T result = caseTestSource(testSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.TEST_CASE: {
				TestCase testCase = (TestCase)theEObject;
				T result = caseTestCase(testCase);
				if (result == null) result = caseTestSource(testCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.TEST_DISCOVERY: {
				TestDiscovery testDiscovery = (TestDiscovery)theEObject;
				T result = caseTestDiscovery(testDiscovery);
				if (result == null) result = caseTestSource(testDiscovery);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.RESULT_CHECK: {
				ResultCheck resultCheck = (ResultCheck)theEObject;
				T result = caseResultCheck(resultCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.EXIT_CODE_RESULT: {
				ExitCodeResult exitCodeResult = (ExitCodeResult)theEObject;
				T result = caseExitCodeResult(exitCodeResult);
				if (result == null) result = caseResultCheck(exitCodeResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.TAP_RESULT: {
				TapResult tapResult = (TapResult)theEObject;
				T result = caseTapResult(tapResult);
				if (result == null) result = caseResultCheck(tapResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.KTAP_RESULT: {
				KtapResult ktapResult = (KtapResult)theEObject;
				T result = caseKtapResult(ktapResult);
				if (result == null) result = caseResultCheck(ktapResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GuestlabPackage.CONSOLE_RESULT: {
				ConsoleResult consoleResult = (ConsoleResult)theEObject;
				T result = caseConsoleResult(consoleResult);
				if (result == null) result = caseResultCheck(consoleResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Machine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMachine(Machine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Tree</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Tree</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceTree(DeviceTree object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Tree Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Tree Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceTreeProperty(DeviceTreeProperty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevice(Device object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDisk(Disk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flash</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flash</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlash(Flash object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Generic Loader</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Generic Loader</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGenericLoader(GenericLoader object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Console</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Console</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsole(Console object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rng</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rng</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRng(Rng object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Semihosting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Semihosting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSemihosting(Semihosting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Test Suite</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Test Suite</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTestSuite(TestSuite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ready Phase</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ready Phase</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadyPhase(ReadyPhase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Test Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Test Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTestSource(TestSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Test Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Test Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTestCase(TestCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Test Discovery</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Test Discovery</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTestDiscovery(TestDiscovery object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Result Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Result Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResultCheck(ResultCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exit Code Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exit Code Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExitCodeResult(ExitCodeResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tap Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tap Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTapResult(TapResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ktap Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ktap Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKtapResult(KtapResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Console Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Console Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsoleResult(ConsoleResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //GuestlabSwitch
