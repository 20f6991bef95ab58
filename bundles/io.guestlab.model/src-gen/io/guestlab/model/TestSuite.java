/**
 */
package io.guestlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Test Suite</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Guest test programs, each run in a fresh machine forked from the suite's machine.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.TestSuite#getName <em>Name</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getMachine <em>Machine</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getMachineRef <em>Machine Ref</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getReady <em>Ready</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getResult <em>Result</em>}</li>
 *   <li>{@link io.guestlab.model.TestSuite#getTests <em>Tests</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getTestSuite()
 * @model
 * @generated
 */
public interface TestSuite extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machine</em>' containment reference.
	 * @see #setMachine(Machine)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_Machine()
	 * @model containment="true"
	 * @generated
	 */
	Machine getMachine();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getMachine <em>Machine</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' containment reference.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(Machine value);

	/**
	 * Returns the value of the '<em><b>Machine Ref</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A machine defined in another file, referenced by a path relative to this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine Ref</em>' reference.
	 * @see #setMachineRef(Machine)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_MachineRef()
	 * @model
	 * @generated
	 */
	Machine getMachineRef();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getMachineRef <em>Machine Ref</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine Ref</em>' reference.
	 * @see #getMachineRef()
	 * @generated
	 */
	void setMachineRef(Machine value);

	/**
	 * Returns the value of the '<em><b>Ready</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready</em>' containment reference.
	 * @see #setReady(ReadyPhase)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_Ready()
	 * @model containment="true"
	 * @generated
	 */
	ReadyPhase getReady();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getReady <em>Ready</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready</em>' containment reference.
	 * @see #getReady()
	 * @generated
	 */
	void setReady(ReadyPhase value);

	/**
	 * Returns the value of the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default guest-instruction limit of the tests that set none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Instructions</em>' attribute.
	 * @see #isSetTimeoutInstructions()
	 * @see #unsetTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_TimeoutInstructions()
	 * @model unsettable="true"
	 * @generated
	 */
	long getTimeoutInstructions();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Instructions</em>' attribute.
	 * @see #isSetTimeoutInstructions()
	 * @see #unsetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @generated
	 */
	void setTimeoutInstructions(long value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.TestSuite#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @generated
	 */
	void unsetTimeoutInstructions();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.TestSuite#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout Instructions</em>' attribute is set.
	 * @see #unsetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @generated
	 */
	boolean isSetTimeoutInstructions();

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default wall-time limit of the tests that set none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #isSetTimeoutSeconds()
	 * @see #unsetTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_TimeoutSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #isSetTimeoutSeconds()
	 * @see #unsetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(double value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.TestSuite#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	void unsetTimeoutSeconds();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.TestSuite#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout Seconds</em>' attribute is set.
	 * @see #unsetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	boolean isSetTimeoutSeconds();

	/**
	 * Returns the value of the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default result check of the tests that set none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' containment reference.
	 * @see #setResult(ResultCheck)
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_Result()
	 * @model containment="true"
	 * @generated
	 */
	ResultCheck getResult();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSuite#getResult <em>Result</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' containment reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(ResultCheck value);

	/**
	 * Returns the value of the '<em><b>Tests</b></em>' containment reference list.
	 * The list contents are of type {@link io.guestlab.model.TestSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tests</em>' containment reference list.
	 * @see io.guestlab.model.GuestlabPackage#getTestSuite_Tests()
	 * @model containment="true"
	 * @generated
	 */
	EList<TestSource> getTests();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine the tests run on: the contained one, else the referenced one.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Machine effectiveMachine();

} // TestSuite
