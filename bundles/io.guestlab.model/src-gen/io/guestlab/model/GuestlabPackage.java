/**
 */
package io.guestlab.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Definitions of Guestlab machines (*.machine) and test suites (*.testsuite).
 * Paths in a definition are relative to the file that holds them.
 * <!-- end-model-doc -->
 * @see io.guestlab.model.GuestlabFactory
 * @model kind="package"
 * @generated
 */
public interface GuestlabPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://guestlab.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "guestlab";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GuestlabPackage eINSTANCE = io.guestlab.model.impl.GuestlabPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.MachineImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Harts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__HARTS = 1;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__MEMORY = 2;

	/**
	 * The feature id for the '<em><b>Time Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__TIME_MODE = 3;

	/**
	 * The feature id for the '<em><b>Virtio Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__VIRTIO_TRANSPORT = 4;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__FIRMWARE = 5;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__KERNEL = 6;

	/**
	 * The feature id for the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__INITRD = 7;

	/**
	 * The feature id for the '<em><b>Bootargs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__BOOTARGS = 8;

	/**
	 * The feature id for the '<em><b>Device Tree</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DEVICE_TREE = 9;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DEVICES = 10;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.DeviceTreeImpl <em>Device Tree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.DeviceTreeImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDeviceTree()
	 * @generated
	 */
	int DEVICE_TREE = 1;

	/**
	 * The feature id for the '<em><b>Dtb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__DTB = 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE__PROPERTIES = 1;

	/**
	 * The number of structural features of the '<em>Device Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Device Tree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.DeviceTreePropertyImpl <em>Device Tree Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.DeviceTreePropertyImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDeviceTreeProperty()
	 * @generated
	 */
	int DEVICE_TREE_PROPERTY = 2;

	/**
	 * The feature id for the '<em><b>Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_PROPERTY__NODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_PROPERTY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_PROPERTY__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Device Tree Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_PROPERTY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Device Tree Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_TREE_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.DeviceImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 3;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.DiskImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 4;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__IMAGE = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__MODE = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__BUS = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SERIAL = DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Discard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__DISCARD = DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Write Cache</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__WRITE_CACHE = DEVICE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.FlashImpl <em>Flash</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.FlashImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getFlash()
	 * @generated
	 */
	int FLASH = 5;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLASH__IMAGE = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLASH__UNIT = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLASH__READ_ONLY = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Flash</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLASH_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Flash</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLASH_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.GenericLoaderImpl <em>Generic Loader</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.GenericLoaderImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getGenericLoader()
	 * @generated
	 */
	int GENERIC_LOADER = 6;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__FILE = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__ADDRESS = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__DATA = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__DATA_LENGTH = DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Big Endian</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__BIG_ENDIAN = DEVICE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Force Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__FORCE_RAW = DEVICE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hart</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER__HART = DEVICE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Generic Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Generic Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_LOADER_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.ConsoleImpl <em>Console</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.ConsoleImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getConsole()
	 * @generated
	 */
	int CONSOLE = 7;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE__INPUT = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE__OUTPUT = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Console</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Console</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.RngImpl <em>Rng</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.RngImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getRng()
	 * @generated
	 */
	int RNG = 8;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RNG__SEED = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RNG__BUS = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Rng</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RNG_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Rng</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RNG_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.SemihostingImpl <em>Semihosting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.SemihostingImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getSemihosting()
	 * @generated
	 */
	int SEMIHOSTING = 9;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEMIHOSTING__ROOT = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Semihosting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEMIHOSTING_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Semihosting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEMIHOSTING_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.TestSuiteImpl <em>Test Suite</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.TestSuiteImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestSuite()
	 * @generated
	 */
	int TEST_SUITE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__MACHINE = 1;

	/**
	 * The feature id for the '<em><b>Machine Ref</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__MACHINE_REF = 2;

	/**
	 * The feature id for the '<em><b>Ready</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__READY = 3;

	/**
	 * The feature id for the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__TIMEOUT_INSTRUCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__TIMEOUT_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__RESULT = 6;

	/**
	 * The feature id for the '<em><b>Tests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE__TESTS = 7;

	/**
	 * The number of structural features of the '<em>Test Suite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Effective Machine</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE___EFFECTIVE_MACHINE = 0;

	/**
	 * The number of operations of the '<em>Test Suite</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SUITE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.ReadyPhaseImpl <em>Ready Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.ReadyPhaseImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getReadyPhase()
	 * @generated
	 */
	int READY_PHASE = 11;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__TRIGGER = 0;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__PATTERN = 1;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__SYMBOL = 2;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__INSTRUCTIONS = 3;

	/**
	 * The feature id for the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__TIMEOUT_INSTRUCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE__TIMEOUT_SECONDS = 5;

	/**
	 * The number of structural features of the '<em>Ready Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Ready Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.TestSourceImpl <em>Test Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.TestSourceImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestSource()
	 * @generated
	 */
	int TEST_SOURCE = 12;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE__ARGUMENTS = 0;

	/**
	 * The feature id for the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE__TIMEOUT_INSTRUCTIONS = 1;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE__TIMEOUT_SECONDS = 2;

	/**
	 * The feature id for the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE__RESULT = 3;

	/**
	 * The number of structural features of the '<em>Test Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Test Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.TestCaseImpl <em>Test Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.TestCaseImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestCase()
	 * @generated
	 */
	int TEST_CASE = 13;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__ARGUMENTS = TEST_SOURCE__ARGUMENTS;

	/**
	 * The feature id for the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__TIMEOUT_INSTRUCTIONS = TEST_SOURCE__TIMEOUT_INSTRUCTIONS;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__TIMEOUT_SECONDS = TEST_SOURCE__TIMEOUT_SECONDS;

	/**
	 * The feature id for the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__RESULT = TEST_SOURCE__RESULT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__NAME = TEST_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__PROGRAM = TEST_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE__INPUT = TEST_SOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Test Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE_FEATURE_COUNT = TEST_SOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Test Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_CASE_OPERATION_COUNT = TEST_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.TestDiscoveryImpl <em>Test Discovery</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.TestDiscoveryImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestDiscovery()
	 * @generated
	 */
	int TEST_DISCOVERY = 14;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__ARGUMENTS = TEST_SOURCE__ARGUMENTS;

	/**
	 * The feature id for the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__TIMEOUT_INSTRUCTIONS = TEST_SOURCE__TIMEOUT_INSTRUCTIONS;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__TIMEOUT_SECONDS = TEST_SOURCE__TIMEOUT_SECONDS;

	/**
	 * The feature id for the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__RESULT = TEST_SOURCE__RESULT;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__FOLDER = TEST_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Glob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY__GLOB = TEST_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Test Discovery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY_FEATURE_COUNT = TEST_SOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Test Discovery</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEST_DISCOVERY_OPERATION_COUNT = TEST_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.ResultCheckImpl <em>Result Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.ResultCheckImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getResultCheck()
	 * @generated
	 */
	int RESULT_CHECK = 15;

	/**
	 * The number of structural features of the '<em>Result Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_CHECK_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Result Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.ExitCodeResultImpl <em>Exit Code Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.ExitCodeResultImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getExitCodeResult()
	 * @generated
	 */
	int EXIT_CODE_RESULT = 16;

	/**
	 * The feature id for the '<em><b>Via</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_CODE_RESULT__VIA = RESULT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_CODE_RESULT__EXPECTED = RESULT_CHECK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Exit Code Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_CODE_RESULT_FEATURE_COUNT = RESULT_CHECK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Exit Code Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXIT_CODE_RESULT_OPERATION_COUNT = RESULT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.TapResultImpl <em>Tap Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.TapResultImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTapResult()
	 * @generated
	 */
	int TAP_RESULT = 17;

	/**
	 * The number of structural features of the '<em>Tap Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAP_RESULT_FEATURE_COUNT = RESULT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Tap Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAP_RESULT_OPERATION_COUNT = RESULT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.KtapResultImpl <em>Ktap Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.KtapResultImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getKtapResult()
	 * @generated
	 */
	int KTAP_RESULT = 18;

	/**
	 * The number of structural features of the '<em>Ktap Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KTAP_RESULT_FEATURE_COUNT = RESULT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Ktap Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KTAP_RESULT_OPERATION_COUNT = RESULT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.impl.ConsoleResultImpl <em>Console Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.impl.ConsoleResultImpl
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getConsoleResult()
	 * @generated
	 */
	int CONSOLE_RESULT = 19;

	/**
	 * The feature id for the '<em><b>Pass</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_RESULT__PASS = RESULT_CHECK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fail</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_RESULT__FAIL = RESULT_CHECK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Console Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_RESULT_FEATURE_COUNT = RESULT_CHECK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Console Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSOLE_RESULT_OPERATION_COUNT = RESULT_CHECK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.guestlab.model.TimeMode <em>Time Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.TimeMode
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTimeMode()
	 * @generated
	 */
	int TIME_MODE = 20;

	/**
	 * The meta object id for the '{@link io.guestlab.model.DiskMode <em>Disk Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.DiskMode
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDiskMode()
	 * @generated
	 */
	int DISK_MODE = 21;

	/**
	 * The meta object id for the '{@link io.guestlab.model.DiscardMode <em>Discard Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.DiscardMode
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDiscardMode()
	 * @generated
	 */
	int DISCARD_MODE = 22;

	/**
	 * The meta object id for the '{@link io.guestlab.model.VirtioTransport <em>Virtio Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.VirtioTransport
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getVirtioTransport()
	 * @generated
	 */
	int VIRTIO_TRANSPORT = 23;

	/**
	 * The meta object id for the '{@link io.guestlab.model.ExitChannel <em>Exit Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.ExitChannel
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getExitChannel()
	 * @generated
	 */
	int EXIT_CHANNEL = 24;

	/**
	 * The meta object id for the '{@link io.guestlab.model.ReadyTrigger <em>Ready Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.ReadyTrigger
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getReadyTrigger()
	 * @generated
	 */
	int READY_TRIGGER = 25;

	/**
	 * The meta object id for the '<em>Memory Size</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.guestlab.model.MemorySize
	 * @see io.guestlab.model.impl.GuestlabPackageImpl#getMemorySize()
	 * @generated
	 */
	int MEMORY_SIZE = 26;


	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see io.guestlab.model.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.guestlab.model.Machine#getName()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getHarts <em>Harts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Harts</em>'.
	 * @see io.guestlab.model.Machine#getHarts()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Harts();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see io.guestlab.model.Machine#getMemory()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Memory();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getTimeMode <em>Time Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Mode</em>'.
	 * @see io.guestlab.model.Machine#getTimeMode()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_TimeMode();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getVirtioTransport <em>Virtio Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtio Transport</em>'.
	 * @see io.guestlab.model.Machine#getVirtioTransport()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_VirtioTransport();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see io.guestlab.model.Machine#getFirmware()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see io.guestlab.model.Machine#getKernel()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getInitrd <em>Initrd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initrd</em>'.
	 * @see io.guestlab.model.Machine#getInitrd()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Initrd();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Machine#getBootargs <em>Bootargs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootargs</em>'.
	 * @see io.guestlab.model.Machine#getBootargs()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Bootargs();

	/**
	 * Returns the meta object for the containment reference '{@link io.guestlab.model.Machine#getDeviceTree <em>Device Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Device Tree</em>'.
	 * @see io.guestlab.model.Machine#getDeviceTree()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_DeviceTree();

	/**
	 * Returns the meta object for the containment reference list '{@link io.guestlab.model.Machine#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.guestlab.model.Machine#getDevices()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Devices();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.DeviceTree <em>Device Tree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Tree</em>'.
	 * @see io.guestlab.model.DeviceTree
	 * @generated
	 */
	EClass getDeviceTree();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.DeviceTree#getDtb <em>Dtb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dtb</em>'.
	 * @see io.guestlab.model.DeviceTree#getDtb()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EAttribute getDeviceTree_Dtb();

	/**
	 * Returns the meta object for the containment reference list '{@link io.guestlab.model.DeviceTree#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see io.guestlab.model.DeviceTree#getProperties()
	 * @see #getDeviceTree()
	 * @generated
	 */
	EReference getDeviceTree_Properties();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.DeviceTreeProperty <em>Device Tree Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Tree Property</em>'.
	 * @see io.guestlab.model.DeviceTreeProperty
	 * @generated
	 */
	EClass getDeviceTreeProperty();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.DeviceTreeProperty#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node</em>'.
	 * @see io.guestlab.model.DeviceTreeProperty#getNode()
	 * @see #getDeviceTreeProperty()
	 * @generated
	 */
	EAttribute getDeviceTreeProperty_Node();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.DeviceTreeProperty#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.guestlab.model.DeviceTreeProperty#getName()
	 * @see #getDeviceTreeProperty()
	 * @generated
	 */
	EAttribute getDeviceTreeProperty_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.DeviceTreeProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.guestlab.model.DeviceTreeProperty#getValue()
	 * @see #getDeviceTreeProperty()
	 * @generated
	 */
	EAttribute getDeviceTreeProperty_Value();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.guestlab.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see io.guestlab.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see io.guestlab.model.Disk#getImage()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Image();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.guestlab.model.Disk#getMode()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see io.guestlab.model.Disk#getBus()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Bus();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see io.guestlab.model.Disk#getSerial()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Serial();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#getDiscard <em>Discard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discard</em>'.
	 * @see io.guestlab.model.Disk#getDiscard()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Discard();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Disk#isWriteCache <em>Write Cache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write Cache</em>'.
	 * @see io.guestlab.model.Disk#isWriteCache()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_WriteCache();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Flash <em>Flash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flash</em>'.
	 * @see io.guestlab.model.Flash
	 * @generated
	 */
	EClass getFlash();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Flash#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see io.guestlab.model.Flash#getImage()
	 * @see #getFlash()
	 * @generated
	 */
	EAttribute getFlash_Image();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Flash#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.guestlab.model.Flash#getUnit()
	 * @see #getFlash()
	 * @generated
	 */
	EAttribute getFlash_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Flash#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see io.guestlab.model.Flash#isReadOnly()
	 * @see #getFlash()
	 * @generated
	 */
	EAttribute getFlash_ReadOnly();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.GenericLoader <em>Generic Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Loader</em>'.
	 * @see io.guestlab.model.GenericLoader
	 * @generated
	 */
	EClass getGenericLoader();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see io.guestlab.model.GenericLoader#getFile()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_File();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.guestlab.model.GenericLoader#getAddress()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see io.guestlab.model.GenericLoader#getData()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_Data();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#getDataLength <em>Data Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Length</em>'.
	 * @see io.guestlab.model.GenericLoader#getDataLength()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_DataLength();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#isBigEndian <em>Big Endian</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Big Endian</em>'.
	 * @see io.guestlab.model.GenericLoader#isBigEndian()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_BigEndian();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#isForceRaw <em>Force Raw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Force Raw</em>'.
	 * @see io.guestlab.model.GenericLoader#isForceRaw()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_ForceRaw();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.GenericLoader#getHart <em>Hart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hart</em>'.
	 * @see io.guestlab.model.GenericLoader#getHart()
	 * @see #getGenericLoader()
	 * @generated
	 */
	EAttribute getGenericLoader_Hart();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Console <em>Console</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Console</em>'.
	 * @see io.guestlab.model.Console
	 * @generated
	 */
	EClass getConsole();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Console#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see io.guestlab.model.Console#getInput()
	 * @see #getConsole()
	 * @generated
	 */
	EAttribute getConsole_Input();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Console#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see io.guestlab.model.Console#getOutput()
	 * @see #getConsole()
	 * @generated
	 */
	EAttribute getConsole_Output();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Rng <em>Rng</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rng</em>'.
	 * @see io.guestlab.model.Rng
	 * @generated
	 */
	EClass getRng();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Rng#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.guestlab.model.Rng#getSeed()
	 * @see #getRng()
	 * @generated
	 */
	EAttribute getRng_Seed();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Rng#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see io.guestlab.model.Rng#getBus()
	 * @see #getRng()
	 * @generated
	 */
	EAttribute getRng_Bus();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.Semihosting <em>Semihosting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Semihosting</em>'.
	 * @see io.guestlab.model.Semihosting
	 * @generated
	 */
	EClass getSemihosting();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.Semihosting#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see io.guestlab.model.Semihosting#getRoot()
	 * @see #getSemihosting()
	 * @generated
	 */
	EAttribute getSemihosting_Root();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.TestSuite <em>Test Suite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Test Suite</em>'.
	 * @see io.guestlab.model.TestSuite
	 * @generated
	 */
	EClass getTestSuite();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestSuite#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.guestlab.model.TestSuite#getName()
	 * @see #getTestSuite()
	 * @generated
	 */
	EAttribute getTestSuite_Name();

	/**
	 * Returns the meta object for the containment reference '{@link io.guestlab.model.TestSuite#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Machine</em>'.
	 * @see io.guestlab.model.TestSuite#getMachine()
	 * @see #getTestSuite()
	 * @generated
	 */
	EReference getTestSuite_Machine();

	/**
	 * Returns the meta object for the reference '{@link io.guestlab.model.TestSuite#getMachineRef <em>Machine Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Machine Ref</em>'.
	 * @see io.guestlab.model.TestSuite#getMachineRef()
	 * @see #getTestSuite()
	 * @generated
	 */
	EReference getTestSuite_MachineRef();

	/**
	 * Returns the meta object for the containment reference '{@link io.guestlab.model.TestSuite#getReady <em>Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ready</em>'.
	 * @see io.guestlab.model.TestSuite#getReady()
	 * @see #getTestSuite()
	 * @generated
	 */
	EReference getTestSuite_Ready();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestSuite#getTimeoutInstructions <em>Timeout Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Instructions</em>'.
	 * @see io.guestlab.model.TestSuite#getTimeoutInstructions()
	 * @see #getTestSuite()
	 * @generated
	 */
	EAttribute getTestSuite_TimeoutInstructions();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestSuite#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see io.guestlab.model.TestSuite#getTimeoutSeconds()
	 * @see #getTestSuite()
	 * @generated
	 */
	EAttribute getTestSuite_TimeoutSeconds();

	/**
	 * Returns the meta object for the containment reference '{@link io.guestlab.model.TestSuite#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Result</em>'.
	 * @see io.guestlab.model.TestSuite#getResult()
	 * @see #getTestSuite()
	 * @generated
	 */
	EReference getTestSuite_Result();

	/**
	 * Returns the meta object for the containment reference list '{@link io.guestlab.model.TestSuite#getTests <em>Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tests</em>'.
	 * @see io.guestlab.model.TestSuite#getTests()
	 * @see #getTestSuite()
	 * @generated
	 */
	EReference getTestSuite_Tests();

	/**
	 * Returns the meta object for the '{@link io.guestlab.model.TestSuite#effectiveMachine() <em>Effective Machine</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Machine</em>' operation.
	 * @see io.guestlab.model.TestSuite#effectiveMachine()
	 * @generated
	 */
	EOperation getTestSuite__EffectiveMachine();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.ReadyPhase <em>Ready Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ready Phase</em>'.
	 * @see io.guestlab.model.ReadyPhase
	 * @generated
	 */
	EClass getReadyPhase();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see io.guestlab.model.ReadyPhase#getTrigger()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see io.guestlab.model.ReadyPhase#getPattern()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see io.guestlab.model.ReadyPhase#getSymbol()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see io.guestlab.model.ReadyPhase#getInstructions()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_Instructions();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getTimeoutInstructions <em>Timeout Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Instructions</em>'.
	 * @see io.guestlab.model.ReadyPhase#getTimeoutInstructions()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_TimeoutInstructions();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ReadyPhase#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see io.guestlab.model.ReadyPhase#getTimeoutSeconds()
	 * @see #getReadyPhase()
	 * @generated
	 */
	EAttribute getReadyPhase_TimeoutSeconds();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.TestSource <em>Test Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Test Source</em>'.
	 * @see io.guestlab.model.TestSource
	 * @generated
	 */
	EClass getTestSource();

	/**
	 * Returns the meta object for the attribute list '{@link io.guestlab.model.TestSource#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Arguments</em>'.
	 * @see io.guestlab.model.TestSource#getArguments()
	 * @see #getTestSource()
	 * @generated
	 */
	EAttribute getTestSource_Arguments();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestSource#getTimeoutInstructions <em>Timeout Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Instructions</em>'.
	 * @see io.guestlab.model.TestSource#getTimeoutInstructions()
	 * @see #getTestSource()
	 * @generated
	 */
	EAttribute getTestSource_TimeoutInstructions();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestSource#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see io.guestlab.model.TestSource#getTimeoutSeconds()
	 * @see #getTestSource()
	 * @generated
	 */
	EAttribute getTestSource_TimeoutSeconds();

	/**
	 * Returns the meta object for the containment reference '{@link io.guestlab.model.TestSource#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Result</em>'.
	 * @see io.guestlab.model.TestSource#getResult()
	 * @see #getTestSource()
	 * @generated
	 */
	EReference getTestSource_Result();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.TestCase <em>Test Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Test Case</em>'.
	 * @see io.guestlab.model.TestCase
	 * @generated
	 */
	EClass getTestCase();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestCase#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.guestlab.model.TestCase#getName()
	 * @see #getTestCase()
	 * @generated
	 */
	EAttribute getTestCase_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestCase#getProgram <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Program</em>'.
	 * @see io.guestlab.model.TestCase#getProgram()
	 * @see #getTestCase()
	 * @generated
	 */
	EAttribute getTestCase_Program();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestCase#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see io.guestlab.model.TestCase#getInput()
	 * @see #getTestCase()
	 * @generated
	 */
	EAttribute getTestCase_Input();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.TestDiscovery <em>Test Discovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Test Discovery</em>'.
	 * @see io.guestlab.model.TestDiscovery
	 * @generated
	 */
	EClass getTestDiscovery();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestDiscovery#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see io.guestlab.model.TestDiscovery#getFolder()
	 * @see #getTestDiscovery()
	 * @generated
	 */
	EAttribute getTestDiscovery_Folder();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.TestDiscovery#getGlob <em>Glob</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Glob</em>'.
	 * @see io.guestlab.model.TestDiscovery#getGlob()
	 * @see #getTestDiscovery()
	 * @generated
	 */
	EAttribute getTestDiscovery_Glob();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.ResultCheck <em>Result Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result Check</em>'.
	 * @see io.guestlab.model.ResultCheck
	 * @generated
	 */
	EClass getResultCheck();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.ExitCodeResult <em>Exit Code Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exit Code Result</em>'.
	 * @see io.guestlab.model.ExitCodeResult
	 * @generated
	 */
	EClass getExitCodeResult();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ExitCodeResult#getVia <em>Via</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Via</em>'.
	 * @see io.guestlab.model.ExitCodeResult#getVia()
	 * @see #getExitCodeResult()
	 * @generated
	 */
	EAttribute getExitCodeResult_Via();

	/**
	 * Returns the meta object for the attribute '{@link io.guestlab.model.ExitCodeResult#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see io.guestlab.model.ExitCodeResult#getExpected()
	 * @see #getExitCodeResult()
	 * @generated
	 */
	EAttribute getExitCodeResult_Expected();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.TapResult <em>Tap Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tap Result</em>'.
	 * @see io.guestlab.model.TapResult
	 * @generated
	 */
	EClass getTapResult();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.KtapResult <em>Ktap Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ktap Result</em>'.
	 * @see io.guestlab.model.KtapResult
	 * @generated
	 */
	EClass getKtapResult();

	/**
	 * Returns the meta object for class '{@link io.guestlab.model.ConsoleResult <em>Console Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Console Result</em>'.
	 * @see io.guestlab.model.ConsoleResult
	 * @generated
	 */
	EClass getConsoleResult();

	/**
	 * Returns the meta object for the attribute list '{@link io.guestlab.model.ConsoleResult#getPass <em>Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pass</em>'.
	 * @see io.guestlab.model.ConsoleResult#getPass()
	 * @see #getConsoleResult()
	 * @generated
	 */
	EAttribute getConsoleResult_Pass();

	/**
	 * Returns the meta object for the attribute list '{@link io.guestlab.model.ConsoleResult#getFail <em>Fail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fail</em>'.
	 * @see io.guestlab.model.ConsoleResult#getFail()
	 * @see #getConsoleResult()
	 * @generated
	 */
	EAttribute getConsoleResult_Fail();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.TimeMode <em>Time Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Mode</em>'.
	 * @see io.guestlab.model.TimeMode
	 * @generated
	 */
	EEnum getTimeMode();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.DiskMode <em>Disk Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Mode</em>'.
	 * @see io.guestlab.model.DiskMode
	 * @generated
	 */
	EEnum getDiskMode();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.DiscardMode <em>Discard Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Discard Mode</em>'.
	 * @see io.guestlab.model.DiscardMode
	 * @generated
	 */
	EEnum getDiscardMode();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.VirtioTransport <em>Virtio Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Virtio Transport</em>'.
	 * @see io.guestlab.model.VirtioTransport
	 * @generated
	 */
	EEnum getVirtioTransport();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.ExitChannel <em>Exit Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exit Channel</em>'.
	 * @see io.guestlab.model.ExitChannel
	 * @generated
	 */
	EEnum getExitChannel();

	/**
	 * Returns the meta object for enum '{@link io.guestlab.model.ReadyTrigger <em>Ready Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ready Trigger</em>'.
	 * @see io.guestlab.model.ReadyTrigger
	 * @generated
	 */
	EEnum getReadyTrigger();

	/**
	 * Returns the meta object for data type '{@link io.guestlab.model.MemorySize <em>Memory Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A byte count in QEMU's -m syntax: 256M, 1G, 1.5G, 512K, 4096B; a plain number means MiB, as in QEMU.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Memory Size</em>'.
	 * @see io.guestlab.model.MemorySize
	 * @model instanceClass="io.guestlab.model.MemorySize"
	 * @generated
	 */
	EDataType getMemorySize();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GuestlabFactory getGuestlabFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.MachineImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__NAME = eINSTANCE.getMachine_Name();

		/**
		 * The meta object literal for the '<em><b>Harts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__HARTS = eINSTANCE.getMachine_Harts();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__MEMORY = eINSTANCE.getMachine_Memory();

		/**
		 * The meta object literal for the '<em><b>Time Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__TIME_MODE = eINSTANCE.getMachine_TimeMode();

		/**
		 * The meta object literal for the '<em><b>Virtio Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__VIRTIO_TRANSPORT = eINSTANCE.getMachine_VirtioTransport();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__FIRMWARE = eINSTANCE.getMachine_Firmware();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__KERNEL = eINSTANCE.getMachine_Kernel();

		/**
		 * The meta object literal for the '<em><b>Initrd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__INITRD = eINSTANCE.getMachine_Initrd();

		/**
		 * The meta object literal for the '<em><b>Bootargs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__BOOTARGS = eINSTANCE.getMachine_Bootargs();

		/**
		 * The meta object literal for the '<em><b>Device Tree</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__DEVICE_TREE = eINSTANCE.getMachine_DeviceTree();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__DEVICES = eINSTANCE.getMachine_Devices();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.DeviceTreeImpl <em>Device Tree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.DeviceTreeImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDeviceTree()
		 * @generated
		 */
		EClass DEVICE_TREE = eINSTANCE.getDeviceTree();

		/**
		 * The meta object literal for the '<em><b>Dtb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE__DTB = eINSTANCE.getDeviceTree_Dtb();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_TREE__PROPERTIES = eINSTANCE.getDeviceTree_Properties();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.DeviceTreePropertyImpl <em>Device Tree Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.DeviceTreePropertyImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDeviceTreeProperty()
		 * @generated
		 */
		EClass DEVICE_TREE_PROPERTY = eINSTANCE.getDeviceTreeProperty();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE_PROPERTY__NODE = eINSTANCE.getDeviceTreeProperty_Node();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE_PROPERTY__NAME = eINSTANCE.getDeviceTreeProperty_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_TREE_PROPERTY__VALUE = eINSTANCE.getDeviceTreeProperty_Value();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.DeviceImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.DiskImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__IMAGE = eINSTANCE.getDisk_Image();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__MODE = eINSTANCE.getDisk_Mode();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__BUS = eINSTANCE.getDisk_Bus();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SERIAL = eINSTANCE.getDisk_Serial();

		/**
		 * The meta object literal for the '<em><b>Discard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__DISCARD = eINSTANCE.getDisk_Discard();

		/**
		 * The meta object literal for the '<em><b>Write Cache</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__WRITE_CACHE = eINSTANCE.getDisk_WriteCache();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.FlashImpl <em>Flash</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.FlashImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getFlash()
		 * @generated
		 */
		EClass FLASH = eINSTANCE.getFlash();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLASH__IMAGE = eINSTANCE.getFlash_Image();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLASH__UNIT = eINSTANCE.getFlash_Unit();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLASH__READ_ONLY = eINSTANCE.getFlash_ReadOnly();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.GenericLoaderImpl <em>Generic Loader</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.GenericLoaderImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getGenericLoader()
		 * @generated
		 */
		EClass GENERIC_LOADER = eINSTANCE.getGenericLoader();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__FILE = eINSTANCE.getGenericLoader_File();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__ADDRESS = eINSTANCE.getGenericLoader_Address();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__DATA = eINSTANCE.getGenericLoader_Data();

		/**
		 * The meta object literal for the '<em><b>Data Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__DATA_LENGTH = eINSTANCE.getGenericLoader_DataLength();

		/**
		 * The meta object literal for the '<em><b>Big Endian</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__BIG_ENDIAN = eINSTANCE.getGenericLoader_BigEndian();

		/**
		 * The meta object literal for the '<em><b>Force Raw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__FORCE_RAW = eINSTANCE.getGenericLoader_ForceRaw();

		/**
		 * The meta object literal for the '<em><b>Hart</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_LOADER__HART = eINSTANCE.getGenericLoader_Hart();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.ConsoleImpl <em>Console</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.ConsoleImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getConsole()
		 * @generated
		 */
		EClass CONSOLE = eINSTANCE.getConsole();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE__INPUT = eINSTANCE.getConsole_Input();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE__OUTPUT = eINSTANCE.getConsole_Output();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.RngImpl <em>Rng</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.RngImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getRng()
		 * @generated
		 */
		EClass RNG = eINSTANCE.getRng();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RNG__SEED = eINSTANCE.getRng_Seed();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RNG__BUS = eINSTANCE.getRng_Bus();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.SemihostingImpl <em>Semihosting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.SemihostingImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getSemihosting()
		 * @generated
		 */
		EClass SEMIHOSTING = eINSTANCE.getSemihosting();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEMIHOSTING__ROOT = eINSTANCE.getSemihosting_Root();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.TestSuiteImpl <em>Test Suite</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.TestSuiteImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestSuite()
		 * @generated
		 */
		EClass TEST_SUITE = eINSTANCE.getTestSuite();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SUITE__NAME = eINSTANCE.getTestSuite_Name();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SUITE__MACHINE = eINSTANCE.getTestSuite_Machine();

		/**
		 * The meta object literal for the '<em><b>Machine Ref</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SUITE__MACHINE_REF = eINSTANCE.getTestSuite_MachineRef();

		/**
		 * The meta object literal for the '<em><b>Ready</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SUITE__READY = eINSTANCE.getTestSuite_Ready();

		/**
		 * The meta object literal for the '<em><b>Timeout Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SUITE__TIMEOUT_INSTRUCTIONS = eINSTANCE.getTestSuite_TimeoutInstructions();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SUITE__TIMEOUT_SECONDS = eINSTANCE.getTestSuite_TimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SUITE__RESULT = eINSTANCE.getTestSuite_Result();

		/**
		 * The meta object literal for the '<em><b>Tests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SUITE__TESTS = eINSTANCE.getTestSuite_Tests();

		/**
		 * The meta object literal for the '<em><b>Effective Machine</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TEST_SUITE___EFFECTIVE_MACHINE = eINSTANCE.getTestSuite__EffectiveMachine();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.ReadyPhaseImpl <em>Ready Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.ReadyPhaseImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getReadyPhase()
		 * @generated
		 */
		EClass READY_PHASE = eINSTANCE.getReadyPhase();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__TRIGGER = eINSTANCE.getReadyPhase_Trigger();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__PATTERN = eINSTANCE.getReadyPhase_Pattern();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__SYMBOL = eINSTANCE.getReadyPhase_Symbol();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__INSTRUCTIONS = eINSTANCE.getReadyPhase_Instructions();

		/**
		 * The meta object literal for the '<em><b>Timeout Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__TIMEOUT_INSTRUCTIONS = eINSTANCE.getReadyPhase_TimeoutInstructions();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_PHASE__TIMEOUT_SECONDS = eINSTANCE.getReadyPhase_TimeoutSeconds();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.TestSourceImpl <em>Test Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.TestSourceImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestSource()
		 * @generated
		 */
		EClass TEST_SOURCE = eINSTANCE.getTestSource();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SOURCE__ARGUMENTS = eINSTANCE.getTestSource_Arguments();

		/**
		 * The meta object literal for the '<em><b>Timeout Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SOURCE__TIMEOUT_INSTRUCTIONS = eINSTANCE.getTestSource_TimeoutInstructions();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_SOURCE__TIMEOUT_SECONDS = eINSTANCE.getTestSource_TimeoutSeconds();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEST_SOURCE__RESULT = eINSTANCE.getTestSource_Result();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.TestCaseImpl <em>Test Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.TestCaseImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestCase()
		 * @generated
		 */
		EClass TEST_CASE = eINSTANCE.getTestCase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_CASE__NAME = eINSTANCE.getTestCase_Name();

		/**
		 * The meta object literal for the '<em><b>Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_CASE__PROGRAM = eINSTANCE.getTestCase_Program();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_CASE__INPUT = eINSTANCE.getTestCase_Input();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.TestDiscoveryImpl <em>Test Discovery</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.TestDiscoveryImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTestDiscovery()
		 * @generated
		 */
		EClass TEST_DISCOVERY = eINSTANCE.getTestDiscovery();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_DISCOVERY__FOLDER = eINSTANCE.getTestDiscovery_Folder();

		/**
		 * The meta object literal for the '<em><b>Glob</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEST_DISCOVERY__GLOB = eINSTANCE.getTestDiscovery_Glob();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.ResultCheckImpl <em>Result Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.ResultCheckImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getResultCheck()
		 * @generated
		 */
		EClass RESULT_CHECK = eINSTANCE.getResultCheck();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.ExitCodeResultImpl <em>Exit Code Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.ExitCodeResultImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getExitCodeResult()
		 * @generated
		 */
		EClass EXIT_CODE_RESULT = eINSTANCE.getExitCodeResult();

		/**
		 * The meta object literal for the '<em><b>Via</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXIT_CODE_RESULT__VIA = eINSTANCE.getExitCodeResult_Via();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXIT_CODE_RESULT__EXPECTED = eINSTANCE.getExitCodeResult_Expected();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.TapResultImpl <em>Tap Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.TapResultImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTapResult()
		 * @generated
		 */
		EClass TAP_RESULT = eINSTANCE.getTapResult();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.KtapResultImpl <em>Ktap Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.KtapResultImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getKtapResult()
		 * @generated
		 */
		EClass KTAP_RESULT = eINSTANCE.getKtapResult();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.impl.ConsoleResultImpl <em>Console Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.impl.ConsoleResultImpl
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getConsoleResult()
		 * @generated
		 */
		EClass CONSOLE_RESULT = eINSTANCE.getConsoleResult();

		/**
		 * The meta object literal for the '<em><b>Pass</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE_RESULT__PASS = eINSTANCE.getConsoleResult_Pass();

		/**
		 * The meta object literal for the '<em><b>Fail</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSOLE_RESULT__FAIL = eINSTANCE.getConsoleResult_Fail();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.TimeMode <em>Time Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.TimeMode
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getTimeMode()
		 * @generated
		 */
		EEnum TIME_MODE = eINSTANCE.getTimeMode();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.DiskMode <em>Disk Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.DiskMode
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDiskMode()
		 * @generated
		 */
		EEnum DISK_MODE = eINSTANCE.getDiskMode();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.DiscardMode <em>Discard Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.DiscardMode
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getDiscardMode()
		 * @generated
		 */
		EEnum DISCARD_MODE = eINSTANCE.getDiscardMode();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.VirtioTransport <em>Virtio Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.VirtioTransport
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getVirtioTransport()
		 * @generated
		 */
		EEnum VIRTIO_TRANSPORT = eINSTANCE.getVirtioTransport();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.ExitChannel <em>Exit Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.ExitChannel
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getExitChannel()
		 * @generated
		 */
		EEnum EXIT_CHANNEL = eINSTANCE.getExitChannel();

		/**
		 * The meta object literal for the '{@link io.guestlab.model.ReadyTrigger <em>Ready Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.ReadyTrigger
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getReadyTrigger()
		 * @generated
		 */
		EEnum READY_TRIGGER = eINSTANCE.getReadyTrigger();

		/**
		 * The meta object literal for the '<em>Memory Size</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.guestlab.model.MemorySize
		 * @see io.guestlab.model.impl.GuestlabPackageImpl#getMemorySize()
		 * @generated
		 */
		EDataType MEMORY_SIZE = eINSTANCE.getMemorySize();

	}

} //GuestlabPackage
