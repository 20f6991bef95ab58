/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.Console;
import io.guestlab.model.ConsoleResult;
import io.guestlab.model.Device;
import io.guestlab.model.DeviceTree;
import io.guestlab.model.DeviceTreeProperty;
import io.guestlab.model.DiscardMode;
import io.guestlab.model.Disk;
import io.guestlab.model.DiskMode;
import io.guestlab.model.ExitChannel;
import io.guestlab.model.ExitCodeResult;
import io.guestlab.model.Flash;
import io.guestlab.model.GenericLoader;
import io.guestlab.model.GuestlabFactory;
import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.KtapResult;
import io.guestlab.model.Machine;
import io.guestlab.model.MemorySize;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ReadyTrigger;
import io.guestlab.model.ResultCheck;
import io.guestlab.model.Rng;
import io.guestlab.model.Semihosting;
import io.guestlab.model.TapResult;
import io.guestlab.model.TestCase;
import io.guestlab.model.TestDiscovery;
import io.guestlab.model.TestSource;
import io.guestlab.model.TestSuite;
import io.guestlab.model.TimeMode;
import io.guestlab.model.VirtioTransport;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GuestlabPackageImpl extends EPackageImpl implements GuestlabPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass machineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceTreeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceTreePropertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flashEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass genericLoaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rngEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass semihostingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testSuiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readyPhaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass testDiscoveryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exitCodeResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tapResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ktapResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consoleResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timeModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum discardModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum virtioTransportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum exitChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum readyTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType memorySizeEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.guestlab.model.GuestlabPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GuestlabPackageImpl() {
		super(eNS_URI, GuestlabFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GuestlabPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GuestlabPackage init() {
		if (isInited) return (GuestlabPackage)EPackage.Registry.INSTANCE.getEPackage(GuestlabPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGuestlabPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GuestlabPackageImpl theGuestlabPackage = registeredGuestlabPackage instanceof GuestlabPackageImpl ? (GuestlabPackageImpl)registeredGuestlabPackage : new GuestlabPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theGuestlabPackage.createPackageContents();

		// Initialize created meta-data
		theGuestlabPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGuestlabPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GuestlabPackage.eNS_URI, theGuestlabPackage);
		return theGuestlabPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMachine() {
		return machineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Name() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Harts() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Memory() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_TimeMode() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_VirtioTransport() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Firmware() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Kernel() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Initrd() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Bootargs() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_DeviceTree() {
		return (EReference)machineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_Devices() {
		return (EReference)machineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceTree() {
		return deviceTreeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceTree_Dtb() {
		return (EAttribute)deviceTreeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceTree_Properties() {
		return (EReference)deviceTreeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceTreeProperty() {
		return deviceTreePropertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceTreeProperty_Node() {
		return (EAttribute)deviceTreePropertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceTreeProperty_Name() {
		return (EAttribute)deviceTreePropertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceTreeProperty_Value() {
		return (EAttribute)deviceTreePropertyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisk() {
		return diskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Image() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Mode() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Bus() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Serial() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Discard() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_WriteCache() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlash() {
		return flashEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlash_Image() {
		return (EAttribute)flashEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlash_Unit() {
		return (EAttribute)flashEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlash_ReadOnly() {
		return (EAttribute)flashEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenericLoader() {
		return genericLoaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_File() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_Address() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_Data() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_DataLength() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_BigEndian() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_ForceRaw() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericLoader_Hart() {
		return (EAttribute)genericLoaderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsole() {
		return consoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsole_Input() {
		return (EAttribute)consoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsole_Output() {
		return (EAttribute)consoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRng() {
		return rngEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRng_Seed() {
		return (EAttribute)rngEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRng_Bus() {
		return (EAttribute)rngEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSemihosting() {
		return semihostingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSemihosting_Root() {
		return (EAttribute)semihostingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestSuite() {
		return testSuiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSuite_Name() {
		return (EAttribute)testSuiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSuite_Machine() {
		return (EReference)testSuiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSuite_MachineRef() {
		return (EReference)testSuiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSuite_Ready() {
		return (EReference)testSuiteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSuite_TimeoutInstructions() {
		return (EAttribute)testSuiteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSuite_TimeoutSeconds() {
		return (EAttribute)testSuiteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSuite_Result() {
		return (EReference)testSuiteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSuite_Tests() {
		return (EReference)testSuiteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTestSuite__EffectiveMachine() {
		return testSuiteEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadyPhase() {
		return readyPhaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_Trigger() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_Pattern() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_Symbol() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_Instructions() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_TimeoutInstructions() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadyPhase_TimeoutSeconds() {
		return (EAttribute)readyPhaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestSource() {
		return testSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSource_Arguments() {
		return (EAttribute)testSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSource_TimeoutInstructions() {
		return (EAttribute)testSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestSource_TimeoutSeconds() {
		return (EAttribute)testSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTestSource_Result() {
		return (EReference)testSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestCase() {
		return testCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestCase_Name() {
		return (EAttribute)testCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestCase_Program() {
		return (EAttribute)testCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestCase_Input() {
		return (EAttribute)testCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTestDiscovery() {
		return testDiscoveryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestDiscovery_Folder() {
		return (EAttribute)testDiscoveryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTestDiscovery_Glob() {
		return (EAttribute)testDiscoveryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResultCheck() {
		return resultCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExitCodeResult() {
		return exitCodeResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExitCodeResult_Via() {
		return (EAttribute)exitCodeResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExitCodeResult_Expected() {
		return (EAttribute)exitCodeResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTapResult() {
		return tapResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKtapResult() {
		return ktapResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsoleResult() {
		return consoleResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsoleResult_Pass() {
		return (EAttribute)consoleResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsoleResult_Fail() {
		return (EAttribute)consoleResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimeMode() {
		return timeModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskMode() {
		return diskModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiscardMode() {
		return discardModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVirtioTransport() {
		return virtioTransportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExitChannel() {
		return exitChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReadyTrigger() {
		return readyTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMemorySize() {
		return memorySizeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestlabFactory getGuestlabFactory() {
		return (GuestlabFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		machineEClass = createEClass(MACHINE);
		createEAttribute(machineEClass, MACHINE__NAME);
		createEAttribute(machineEClass, MACHINE__HARTS);
		createEAttribute(machineEClass, MACHINE__MEMORY);
		createEAttribute(machineEClass, MACHINE__TIME_MODE);
		createEAttribute(machineEClass, MACHINE__VIRTIO_TRANSPORT);
		createEAttribute(machineEClass, MACHINE__FIRMWARE);
		createEAttribute(machineEClass, MACHINE__KERNEL);
		createEAttribute(machineEClass, MACHINE__INITRD);
		createEAttribute(machineEClass, MACHINE__BOOTARGS);
		createEReference(machineEClass, MACHINE__DEVICE_TREE);
		createEReference(machineEClass, MACHINE__DEVICES);

		deviceTreeEClass = createEClass(DEVICE_TREE);
		createEAttribute(deviceTreeEClass, DEVICE_TREE__DTB);
		createEReference(deviceTreeEClass, DEVICE_TREE__PROPERTIES);

		deviceTreePropertyEClass = createEClass(DEVICE_TREE_PROPERTY);
		createEAttribute(deviceTreePropertyEClass, DEVICE_TREE_PROPERTY__NODE);
		createEAttribute(deviceTreePropertyEClass, DEVICE_TREE_PROPERTY__NAME);
		createEAttribute(deviceTreePropertyEClass, DEVICE_TREE_PROPERTY__VALUE);

		deviceEClass = createEClass(DEVICE);

		diskEClass = createEClass(DISK);
		createEAttribute(diskEClass, DISK__IMAGE);
		createEAttribute(diskEClass, DISK__MODE);
		createEAttribute(diskEClass, DISK__BUS);
		createEAttribute(diskEClass, DISK__SERIAL);
		createEAttribute(diskEClass, DISK__DISCARD);
		createEAttribute(diskEClass, DISK__WRITE_CACHE);

		flashEClass = createEClass(FLASH);
		createEAttribute(flashEClass, FLASH__IMAGE);
		createEAttribute(flashEClass, FLASH__UNIT);
		createEAttribute(flashEClass, FLASH__READ_ONLY);

		genericLoaderEClass = createEClass(GENERIC_LOADER);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__FILE);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__ADDRESS);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__DATA);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__DATA_LENGTH);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__BIG_ENDIAN);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__FORCE_RAW);
		createEAttribute(genericLoaderEClass, GENERIC_LOADER__HART);

		consoleEClass = createEClass(CONSOLE);
		createEAttribute(consoleEClass, CONSOLE__INPUT);
		createEAttribute(consoleEClass, CONSOLE__OUTPUT);

		rngEClass = createEClass(RNG);
		createEAttribute(rngEClass, RNG__SEED);
		createEAttribute(rngEClass, RNG__BUS);

		semihostingEClass = createEClass(SEMIHOSTING);
		createEAttribute(semihostingEClass, SEMIHOSTING__ROOT);

		testSuiteEClass = createEClass(TEST_SUITE);
		createEAttribute(testSuiteEClass, TEST_SUITE__NAME);
		createEReference(testSuiteEClass, TEST_SUITE__MACHINE);
		createEReference(testSuiteEClass, TEST_SUITE__MACHINE_REF);
		createEReference(testSuiteEClass, TEST_SUITE__READY);
		createEAttribute(testSuiteEClass, TEST_SUITE__TIMEOUT_INSTRUCTIONS);
		createEAttribute(testSuiteEClass, TEST_SUITE__TIMEOUT_SECONDS);
		createEReference(testSuiteEClass, TEST_SUITE__RESULT);
		createEReference(testSuiteEClass, TEST_SUITE__TESTS);
		createEOperation(testSuiteEClass, TEST_SUITE___EFFECTIVE_MACHINE);

		readyPhaseEClass = createEClass(READY_PHASE);
		createEAttribute(readyPhaseEClass, READY_PHASE__TRIGGER);
		createEAttribute(readyPhaseEClass, READY_PHASE__PATTERN);
		createEAttribute(readyPhaseEClass, READY_PHASE__SYMBOL);
		createEAttribute(readyPhaseEClass, READY_PHASE__INSTRUCTIONS);
		createEAttribute(readyPhaseEClass, READY_PHASE__TIMEOUT_INSTRUCTIONS);
		createEAttribute(readyPhaseEClass, READY_PHASE__TIMEOUT_SECONDS);

		testSourceEClass = createEClass(TEST_SOURCE);
		createEAttribute(testSourceEClass, TEST_SOURCE__ARGUMENTS);
		createEAttribute(testSourceEClass, TEST_SOURCE__TIMEOUT_INSTRUCTIONS);
		createEAttribute(testSourceEClass, TEST_SOURCE__TIMEOUT_SECONDS);
		createEReference(testSourceEClass, TEST_SOURCE__RESULT);

		testCaseEClass = createEClass(TEST_CASE);
		createEAttribute(testCaseEClass, TEST_CASE__NAME);
		createEAttribute(testCaseEClass, TEST_CASE__PROGRAM);
		createEAttribute(testCaseEClass, TEST_CASE__INPUT);

		testDiscoveryEClass = createEClass(TEST_DISCOVERY);
		createEAttribute(testDiscoveryEClass, TEST_DISCOVERY__FOLDER);
		createEAttribute(testDiscoveryEClass, TEST_DISCOVERY__GLOB);

		resultCheckEClass = createEClass(RESULT_CHECK);

		exitCodeResultEClass = createEClass(EXIT_CODE_RESULT);
		createEAttribute(exitCodeResultEClass, EXIT_CODE_RESULT__VIA);
		createEAttribute(exitCodeResultEClass, EXIT_CODE_RESULT__EXPECTED);

		tapResultEClass = createEClass(TAP_RESULT);

		ktapResultEClass = createEClass(KTAP_RESULT);

		consoleResultEClass = createEClass(CONSOLE_RESULT);
		createEAttribute(consoleResultEClass, CONSOLE_RESULT__PASS);
		createEAttribute(consoleResultEClass, CONSOLE_RESULT__FAIL);

		// Create enums
		timeModeEEnum = createEEnum(TIME_MODE);
		diskModeEEnum = createEEnum(DISK_MODE);
		discardModeEEnum = createEEnum(DISCARD_MODE);
		virtioTransportEEnum = createEEnum(VIRTIO_TRANSPORT);
		exitChannelEEnum = createEEnum(EXIT_CHANNEL);
		readyTriggerEEnum = createEEnum(READY_TRIGGER);

		// Create data types
		memorySizeEDataType = createEDataType(MEMORY_SIZE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		diskEClass.getESuperTypes().add(this.getDevice());
		flashEClass.getESuperTypes().add(this.getDevice());
		genericLoaderEClass.getESuperTypes().add(this.getDevice());
		consoleEClass.getESuperTypes().add(this.getDevice());
		rngEClass.getESuperTypes().add(this.getDevice());
		semihostingEClass.getESuperTypes().add(this.getDevice());
		testCaseEClass.getESuperTypes().add(this.getTestSource());
		testDiscoveryEClass.getESuperTypes().add(this.getTestSource());
		exitCodeResultEClass.getESuperTypes().add(this.getResultCheck());
		tapResultEClass.getESuperTypes().add(this.getResultCheck());
		ktapResultEClass.getESuperTypes().add(this.getResultCheck());
		consoleResultEClass.getESuperTypes().add(this.getResultCheck());

		// Initialize classes, features, and operations; add parameters
		initEClass(machineEClass, Machine.class, "Machine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMachine_Name(), ecorePackage.getEString(), "name", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Harts(), ecorePackage.getEInt(), "harts", "1", 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Memory(), this.getMemorySize(), "memory", "128M", 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_TimeMode(), this.getTimeMode(), "timeMode", "virtual", 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_VirtioTransport(), this.getVirtioTransport(), "virtioTransport", "modern", 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Kernel(), ecorePackage.getEString(), "kernel", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Initrd(), ecorePackage.getEString(), "initrd", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMachine_Bootargs(), ecorePackage.getEString(), "bootargs", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMachine_DeviceTree(), this.getDeviceTree(), null, "deviceTree", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMachine_Devices(), this.getDevice(), null, "devices", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceTreeEClass, DeviceTree.class, "DeviceTree", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviceTree_Dtb(), ecorePackage.getEString(), "dtb", null, 0, 1, DeviceTree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeviceTree_Properties(), this.getDeviceTreeProperty(), null, "properties", null, 0, -1, DeviceTree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceTreePropertyEClass, DeviceTreeProperty.class, "DeviceTreeProperty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviceTreeProperty_Node(), ecorePackage.getEString(), "node", null, 0, 1, DeviceTreeProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceTreeProperty_Name(), ecorePackage.getEString(), "name", null, 0, 1, DeviceTreeProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceTreeProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, DeviceTreeProperty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(diskEClass, Disk.class, "Disk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisk_Image(), ecorePackage.getEString(), "image", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Mode(), this.getDiskMode(), "mode", "copyOnWrite", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Bus(), ecorePackage.getEInt(), "bus", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Serial(), ecorePackage.getEString(), "serial", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Discard(), this.getDiscardMode(), "discard", "ignore", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_WriteCache(), ecorePackage.getEBoolean(), "writeCache", "true", 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flashEClass, Flash.class, "Flash", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlash_Image(), ecorePackage.getEString(), "image", null, 0, 1, Flash.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlash_Unit(), ecorePackage.getEInt(), "unit", null, 0, 1, Flash.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlash_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", null, 0, 1, Flash.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(genericLoaderEClass, GenericLoader.class, "GenericLoader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGenericLoader_File(), ecorePackage.getEString(), "file", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_Address(), ecorePackage.getEString(), "address", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_Data(), ecorePackage.getEString(), "data", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_DataLength(), ecorePackage.getEInt(), "dataLength", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_BigEndian(), ecorePackage.getEBoolean(), "bigEndian", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_ForceRaw(), ecorePackage.getEBoolean(), "forceRaw", null, 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGenericLoader_Hart(), ecorePackage.getEInt(), "hart", "-1", 0, 1, GenericLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consoleEClass, Console.class, "Console", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsole_Input(), ecorePackage.getEString(), "input", null, 0, 1, Console.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsole_Output(), ecorePackage.getEString(), "output", null, 0, 1, Console.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rngEClass, Rng.class, "Rng", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRng_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, Rng.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRng_Bus(), ecorePackage.getEInt(), "bus", null, 0, 1, Rng.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(semihostingEClass, Semihosting.class, "Semihosting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSemihosting_Root(), ecorePackage.getEString(), "root", null, 0, 1, Semihosting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testSuiteEClass, TestSuite.class, "TestSuite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTestSuite_Name(), ecorePackage.getEString(), "name", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSuite_Machine(), this.getMachine(), null, "machine", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSuite_MachineRef(), this.getMachine(), null, "machineRef", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSuite_Ready(), this.getReadyPhase(), null, "ready", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestSuite_TimeoutInstructions(), ecorePackage.getELong(), "timeoutInstructions", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestSuite_TimeoutSeconds(), ecorePackage.getEDouble(), "timeoutSeconds", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSuite_Result(), this.getResultCheck(), null, "result", null, 0, 1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSuite_Tests(), this.getTestSource(), null, "tests", null, 0, -1, TestSuite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getTestSuite__EffectiveMachine(), this.getMachine(), "effectiveMachine", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(readyPhaseEClass, ReadyPhase.class, "ReadyPhase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReadyPhase_Trigger(), this.getReadyTrigger(), "trigger", "console", 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadyPhase_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadyPhase_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadyPhase_Instructions(), ecorePackage.getELong(), "instructions", null, 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadyPhase_TimeoutInstructions(), ecorePackage.getELong(), "timeoutInstructions", null, 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadyPhase_TimeoutSeconds(), ecorePackage.getEDouble(), "timeoutSeconds", null, 0, 1, ReadyPhase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testSourceEClass, TestSource.class, "TestSource", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTestSource_Arguments(), ecorePackage.getEString(), "arguments", null, 0, -1, TestSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestSource_TimeoutInstructions(), ecorePackage.getELong(), "timeoutInstructions", null, 0, 1, TestSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestSource_TimeoutSeconds(), ecorePackage.getEDouble(), "timeoutSeconds", null, 0, 1, TestSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTestSource_Result(), this.getResultCheck(), null, "result", null, 0, 1, TestSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testCaseEClass, TestCase.class, "TestCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTestCase_Name(), ecorePackage.getEString(), "name", null, 0, 1, TestCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestCase_Program(), ecorePackage.getEString(), "program", null, 0, 1, TestCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestCase_Input(), ecorePackage.getEString(), "input", null, 0, 1, TestCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(testDiscoveryEClass, TestDiscovery.class, "TestDiscovery", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTestDiscovery_Folder(), ecorePackage.getEString(), "folder", null, 0, 1, TestDiscovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTestDiscovery_Glob(), ecorePackage.getEString(), "glob", "*.elf", 0, 1, TestDiscovery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultCheckEClass, ResultCheck.class, "ResultCheck", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(exitCodeResultEClass, ExitCodeResult.class, "ExitCodeResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExitCodeResult_Via(), this.getExitChannel(), "via", null, 0, 1, ExitCodeResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExitCodeResult_Expected(), ecorePackage.getEInt(), "expected", null, 0, 1, ExitCodeResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tapResultEClass, TapResult.class, "TapResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(ktapResultEClass, KtapResult.class, "KtapResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(consoleResultEClass, ConsoleResult.class, "ConsoleResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsoleResult_Pass(), ecorePackage.getEString(), "pass", null, 0, -1, ConsoleResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsoleResult_Fail(), ecorePackage.getEString(), "fail", null, 0, -1, ConsoleResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(timeModeEEnum, TimeMode.class, "TimeMode");
		addEEnumLiteral(timeModeEEnum, TimeMode.VIRTUAL);
		addEEnumLiteral(timeModeEEnum, TimeMode.WALLCLOCK);

		initEEnum(diskModeEEnum, DiskMode.class, "DiskMode");
		addEEnumLiteral(diskModeEEnum, DiskMode.COPY_ON_WRITE);
		addEEnumLiteral(diskModeEEnum, DiskMode.READ_ONLY);
		addEEnumLiteral(diskModeEEnum, DiskMode.PERSISTENT);

		initEEnum(discardModeEEnum, DiscardMode.class, "DiscardMode");
		addEEnumLiteral(discardModeEEnum, DiscardMode.IGNORE);
		addEEnumLiteral(discardModeEEnum, DiscardMode.UNMAP);
		addEEnumLiteral(discardModeEEnum, DiscardMode.UNMAP_CLUSTERS);

		initEEnum(virtioTransportEEnum, VirtioTransport.class, "VirtioTransport");
		addEEnumLiteral(virtioTransportEEnum, VirtioTransport.MODERN);
		addEEnumLiteral(virtioTransportEEnum, VirtioTransport.LEGACY);

		initEEnum(exitChannelEEnum, ExitChannel.class, "ExitChannel");
		addEEnumLiteral(exitChannelEEnum, ExitChannel.HTIF);
		addEEnumLiteral(exitChannelEEnum, ExitChannel.SEMIHOSTING);
		addEEnumLiteral(exitChannelEEnum, ExitChannel.SYSCON);
		addEEnumLiteral(exitChannelEEnum, ExitChannel.ANY);

		initEEnum(readyTriggerEEnum, ReadyTrigger.class, "ReadyTrigger");
		addEEnumLiteral(readyTriggerEEnum, ReadyTrigger.CONSOLE);
		addEEnumLiteral(readyTriggerEEnum, ReadyTrigger.SEMIHOSTING);
		addEEnumLiteral(readyTriggerEEnum, ReadyTrigger.SYMBOL);
		addEEnumLiteral(readyTriggerEEnum, ReadyTrigger.INSTRUCTIONS);

		// Initialize data types
		initEDataType(memorySizeEDataType, MemorySize.class, "MemorySize", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //GuestlabPackageImpl
