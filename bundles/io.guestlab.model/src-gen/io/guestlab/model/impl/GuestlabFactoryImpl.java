/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GuestlabFactoryImpl extends EFactoryImpl implements GuestlabFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GuestlabFactory init() {
		try {
			GuestlabFactory theGuestlabFactory = (GuestlabFactory)EPackage.Registry.INSTANCE.getEFactory(GuestlabPackage.eNS_URI);
			if (theGuestlabFactory != null) {
				return theGuestlabFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GuestlabFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestlabFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case GuestlabPackage.MACHINE: return createMachine();
			case GuestlabPackage.DEVICE_TREE: return createDeviceTree();
			case GuestlabPackage.DEVICE_TREE_PROPERTY: return createDeviceTreeProperty();
			case GuestlabPackage.DISK: return createDisk();
			case GuestlabPackage.FLASH: return createFlash();
			case GuestlabPackage.GENERIC_LOADER: return createGenericLoader();
			case GuestlabPackage.CONSOLE: return createConsole();
			case GuestlabPackage.RNG: return createRng();
			case GuestlabPackage.SEMIHOSTING: return createSemihosting();
			case GuestlabPackage.TEST_SUITE: return createTestSuite();
			case GuestlabPackage.READY_PHASE: return createReadyPhase();
			case GuestlabPackage.TEST_CASE: return createTestCase();
			case GuestlabPackage.TEST_DISCOVERY: return createTestDiscovery();
			case GuestlabPackage.EXIT_CODE_RESULT: return createExitCodeResult();
			case GuestlabPackage.TAP_RESULT: return createTapResult();
			case GuestlabPackage.KTAP_RESULT: return createKtapResult();
			case GuestlabPackage.CONSOLE_RESULT: return createConsoleResult();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case GuestlabPackage.TIME_MODE:
				return createTimeModeFromString(eDataType, initialValue);
			case GuestlabPackage.DISK_MODE:
				return createDiskModeFromString(eDataType, initialValue);
			case GuestlabPackage.DISCARD_MODE:
				return createDiscardModeFromString(eDataType, initialValue);
			case GuestlabPackage.VIRTIO_TRANSPORT:
				return createVirtioTransportFromString(eDataType, initialValue);
			case GuestlabPackage.EXIT_CHANNEL:
				return createExitChannelFromString(eDataType, initialValue);
			case GuestlabPackage.READY_TRIGGER:
				return createReadyTriggerFromString(eDataType, initialValue);
			case GuestlabPackage.MEMORY_SIZE:
				return createMemorySizeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case GuestlabPackage.TIME_MODE:
				return convertTimeModeToString(eDataType, instanceValue);
			case GuestlabPackage.DISK_MODE:
				return convertDiskModeToString(eDataType, instanceValue);
			case GuestlabPackage.DISCARD_MODE:
				return convertDiscardModeToString(eDataType, instanceValue);
			case GuestlabPackage.VIRTIO_TRANSPORT:
				return convertVirtioTransportToString(eDataType, instanceValue);
			case GuestlabPackage.EXIT_CHANNEL:
				return convertExitChannelToString(eDataType, instanceValue);
			case GuestlabPackage.READY_TRIGGER:
				return convertReadyTriggerToString(eDataType, instanceValue);
			case GuestlabPackage.MEMORY_SIZE:
				return convertMemorySizeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine createMachine() {
		MachineImpl machine = new MachineImpl();
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTree createDeviceTree() {
		DeviceTreeImpl deviceTree = new DeviceTreeImpl();
		return deviceTree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceTreeProperty createDeviceTreeProperty() {
		DeviceTreePropertyImpl deviceTreeProperty = new DeviceTreePropertyImpl();
		return deviceTreeProperty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flash createFlash() {
		FlashImpl flash = new FlashImpl();
		return flash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenericLoader createGenericLoader() {
		GenericLoaderImpl genericLoader = new GenericLoaderImpl();
		return genericLoader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Console createConsole() {
		ConsoleImpl console = new ConsoleImpl();
		return console;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rng createRng() {
		RngImpl rng = new RngImpl();
		return rng;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Semihosting createSemihosting() {
		SemihostingImpl semihosting = new SemihostingImpl();
		return semihosting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestSuite createTestSuite() {
		TestSuiteImpl testSuite = new TestSuiteImpl();
		return testSuite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadyPhase createReadyPhase() {
		ReadyPhaseImpl readyPhase = new ReadyPhaseImpl();
		return readyPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestCase createTestCase() {
		TestCaseImpl testCase = new TestCaseImpl();
		return testCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TestDiscovery createTestDiscovery() {
		TestDiscoveryImpl testDiscovery = new TestDiscoveryImpl();
		return testDiscovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExitCodeResult createExitCodeResult() {
		ExitCodeResultImpl exitCodeResult = new ExitCodeResultImpl();
		return exitCodeResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TapResult createTapResult() {
		TapResultImpl tapResult = new TapResultImpl();
		return tapResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KtapResult createKtapResult() {
		KtapResultImpl ktapResult = new KtapResultImpl();
		return ktapResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsoleResult createConsoleResult() {
		ConsoleResultImpl consoleResult = new ConsoleResultImpl();
		return consoleResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeMode createTimeModeFromString(EDataType eDataType, String initialValue) {
		TimeMode result = TimeMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskMode createDiskModeFromString(EDataType eDataType, String initialValue) {
		DiskMode result = DiskMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiscardMode createDiscardModeFromString(EDataType eDataType, String initialValue) {
		DiscardMode result = DiscardMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiscardModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtioTransport createVirtioTransportFromString(EDataType eDataType, String initialValue) {
		VirtioTransport result = VirtioTransport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVirtioTransportToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExitChannel createExitChannelFromString(EDataType eDataType, String initialValue) {
		ExitChannel result = ExitChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExitChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadyTrigger createReadyTriggerFromString(EDataType eDataType, String initialValue) {
		ReadyTrigger result = ReadyTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReadyTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemorySize createMemorySizeFromString(EDataType eDataType, String initialValue) {
		return (MemorySize)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemorySizeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestlabPackage getGuestlabPackage() {
		return (GuestlabPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GuestlabPackage getPackage() {
		return GuestlabPackage.eINSTANCE;
	}

} //GuestlabFactoryImpl
